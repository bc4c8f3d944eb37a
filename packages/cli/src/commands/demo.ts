import type { CommandModule } from 'yargs';
import { defaultImagesDir, runDemo } from '../demo';

interface DemoArgs {
  images: string;
  seed: number;
}

export const demoCommand: CommandModule<object, DemoArgs> = {
  command: 'demo',
  describe: 'A few-second tour: dom0, demo domUs, their consoles, pause/reboot/shutdown, scheduler shares (what npm start runs)',
  builder: (y) =>
    y
      .option('images', { type: 'string', default: defaultImagesDir(), describe: 'directory of the demo images and configs' })
      .option('seed', { type: 'number', default: 1, describe: 'simulation seed' }),
  handler: (argv) => runDemo({ imagesDir: argv.images, seed: argv.seed, write: (t) => process.stdout.write(t) }),
};
