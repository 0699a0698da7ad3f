/**
 * The answer in short: the first `max` characters of a written answer, cut after the last whole
 * word that fits, with «…» when something was left out. Line breaks become spaces.
 */
export function answerSummary(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max); // the ellipsis goes after, so the summary may reach max + 1
  const lastSpace = room.lastIndexOf(' ');
  // One very long word: cut inside it rather than show nothing.
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,.;:–-]+$/u, '')}…`;
}
