/** Which host programs (from Debian packages) a test needs and this machine lacks. */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function missingTools(tools: string[]): string[] {
  return tools.filter((t) => !onPath(t));
}
