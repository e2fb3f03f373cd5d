import { NORMALISE_FEED, serveFeedJob } from '@/utils/directory/normalise-elsewhere';
import type { FeedJob } from '@/utils/directory/normalise-feed';

// One import's fetching and normalising, off the background's thread; the worker ends with its job.
self.onmessage = (event: MessageEvent<{ type: string; job: FeedJob }>) => {
  const [port] = event.ports;
  if (event.data.type !== NORMALISE_FEED || !port) return;
  void serveFeedJob(port, event.data.job).finally(() => self.close());
};
