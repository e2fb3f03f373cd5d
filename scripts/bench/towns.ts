/** An English town the generators place services in. */
export interface Town {
  name: string;
  /** Town centre, WGS84. */
  lat: number;
  lon: number;
  /** Real postcode districts that cover the town, so generated postcodes look local. */
  outcodes: readonly string[];
  /**
   * Start of an Ofcom drama-range number for the town's area code (0117 496 0000–0999 and so on); towns without a
   * geographic drama range use the "no area" 01632 960 range. These numbers are never allocated to anyone.
   */
  phone: string;
}

const NO_AREA = '01632 960';

function town(name: string, lat: number, lon: number, outcodes: string, phone = NO_AREA): Town {
  return { name, lat, lon, outcodes: outcodes.split(' '), phone };
}

/** ~55 English towns and cities with their centres and a couple of postcode districts each. */
export const TOWNS: readonly Town[] = [
  town('Bristol', 51.4545, -2.5879, 'BS1 BS2 BS3 BS5 BS7', '0117 496 0'),
  town('Bath', 51.3811, -2.359, 'BA1 BA2'),
  town('Gloucester', 51.8642, -2.2382, 'GL1 GL4'),
  town('Cheltenham', 51.8994, -2.0783, 'GL50 GL52'),
  town('Stroud', 51.745, -2.217, 'GL5'),
  town('Yate', 51.54, -2.41, 'BS37'),
  town('Weston-super-Mare', 51.3462, -2.977, 'BS23 BS24'),
  town('Swindon', 51.5558, -1.7797, 'SN1 SN2 SN3'),
  town('Salisbury', 51.0688, -1.7945, 'SP1 SP2'),
  town('Taunton', 51.015, -3.1029, 'TA1 TA2'),
  town('Yeovil', 50.9421, -2.6336, 'BA20 BA21'),
  town('Exeter', 50.7184, -3.5339, 'EX1 EX2 EX4'),
  town('Barnstaple', 51.08, -4.06, 'EX31 EX32'),
  town('Plymouth', 50.3755, -4.1427, 'PL1 PL4 PL5'),
  town('Truro', 50.2632, -5.051, 'TR1'),
  town('Bournemouth', 50.7192, -1.8808, 'BH1 BH8'),
  town('Southampton', 50.9097, -1.4044, 'SO14 SO15'),
  town('Portsmouth', 50.8198, -1.088, 'PO1 PO4'),
  town('Brighton', 50.8225, -0.1372, 'BN1 BN2'),
  town('Hastings', 50.8543, 0.5735, 'TN34 TN35'),
  town('Canterbury', 51.2802, 1.0789, 'CT1 CT2'),
  town('Maidstone', 51.2704, 0.5227, 'ME14 ME15'),
  town('Reading', 51.4543, -0.9781, 'RG1 RG30', '0118 496 0'),
  town('Oxford', 51.752, -1.2577, 'OX1 OX4'),
  town('Luton', 51.8787, -0.42, 'LU1 LU2'),
  town('Milton Keynes', 52.0406, -0.7594, 'MK6 MK9'),
  town('Northampton', 52.2405, -0.9027, 'NN1 NN3'),
  town('Colchester', 51.8959, 0.8919, 'CO1 CO2'),
  town('Ipswich', 52.0567, 1.1482, 'IP1 IP4'),
  town('Norwich', 52.6309, 1.2974, 'NR1 NR2'),
  town('Cambridge', 52.2053, 0.1218, 'CB1 CB4'),
  town('Peterborough', 52.5695, -0.2405, 'PE1 PE2'),
  town('Lincoln', 53.2307, -0.5406, 'LN1 LN2'),
  town('Leicester', 52.6369, -1.1398, 'LE1 LE2 LE4', '0116 496 0'),
  town('Nottingham', 52.9548, -1.1581, 'NG1 NG7', '0115 496 0'),
  town('Derby', 52.9225, -1.4746, 'DE1 DE22'),
  town('Birmingham', 52.4862, -1.8904, 'B5 B11 B29', '0121 496 0'),
  town('Coventry', 52.4068, -1.5197, 'CV1 CV2'),
  town('Wolverhampton', 52.5862, -2.1286, 'WV1 WV2'),
  town('Worcester', 52.1936, -2.2216, 'WR1 WR5'),
  town('Hereford', 52.0565, -2.716, 'HR1 HR4'),
  town('Shrewsbury', 52.7073, -2.7553, 'SY1 SY3'),
  town('Stoke-on-Trent', 53.0027, -2.1794, 'ST1 ST4'),
  town('Manchester', 53.4808, -2.2426, 'M1 M4 M13', '0161 496 0'),
  town('Liverpool', 53.4084, -2.9916, 'L1 L8', '0151 496 0'),
  town('Preston', 53.7632, -2.7031, 'PR1 PR2'),
  town('Blackpool', 53.8175, -3.0357, 'FY1 FY4'),
  town('Lancaster', 54.0466, -2.8007, 'LA1'),
  town('Leeds', 53.8008, -1.5491, 'LS1 LS9', '0113 496 0'),
  town('Bradford', 53.796, -1.7594, 'BD1 BD3'),
  town('Sheffield', 53.3811, -1.4701, 'S1 S2', '0114 496 0'),
  town('York', 53.96, -1.0873, 'YO1 YO31'),
  town('Hull', 53.7676, -0.3274, 'HU1 HU5'),
  town('Middlesbrough', 54.5742, -1.235, 'TS1 TS5'),
  town('Sunderland', 54.9069, -1.3838, 'SR1 SR2', '0191 498 0'),
  town('Newcastle upon Tyne', 54.9783, -1.6178, 'NE1 NE6', '0191 498 0'),
  town('Carlisle', 54.8925, -2.9329, 'CA1 CA2'),
];
