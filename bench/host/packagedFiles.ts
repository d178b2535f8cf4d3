// Which files of the project the package ships, read from .vscodeignore, so `npm run bench:host` activates exactly
// what users install. The file has the shape "ignore everything (`**`), then let these in (`!path`)"; the patterns are
// a path, or a folder and a `*` name pattern (`media/*.svg`). Anything else is refused rather than half understood.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Paths, relative to `root` and with `/`, of the files .vscodeignore lets into the package; sorted. */
export function packagedFiles(root: string): string[] {
  const lines = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  if (lines[0] !== '**') throw new Error('.vscodeignore does not start with `**`: bench:host only reads an allow-list');
  const files = new Set<string>();
  for (const line of lines.slice(1)) {
    if (!line.startsWith('!')) throw new Error(`.vscodeignore: cannot read ${JSON.stringify(line)} (only \`!path\` lines after \`**\`)`);
    const pattern = line.slice(1);
    const dir = path.posix.dirname(pattern);
    const name = path.posix.basename(pattern);
    if (dir.includes('*')) throw new Error(`.vscodeignore: cannot read ${JSON.stringify(line)} (a * only in the file name)`);
    if (!name.includes('*')) {
      if (fs.existsSync(path.join(root, pattern))) files.add(pattern);
      continue;
    }
    const matcher = new RegExp(`^${name.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    const folder = path.join(root, dir);
    if (!fs.existsSync(folder)) continue;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isFile() && matcher.test(entry.name)) files.add(path.posix.join(dir, entry.name));
    }
  }
  return [...files].sort();
}
