/** The files chosen in a file input, read as text; the input is cleared so choosing the same files again works. */
export async function readChosenFiles(input: HTMLInputElement): Promise<{ name: string; text: string }[]> {
  const chosen = Array.from(input.files ?? []);
  if (chosen.length === 0) return [];
  const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
  input.value = '';
  return files;
}
