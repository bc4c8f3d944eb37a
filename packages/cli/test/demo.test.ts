import * as path from 'node:path';
import { runDemo } from '../src/demo';

const DEMO = path.resolve(__dirname, '../../../images/demo');

describe('hvsim demo', () => {
  it('tours the demo domains and prints the summary', async () => {
    let text = '';
    await runDemo({ imagesDir: DEMO, seed: 1, write: (t) => { text += t; } });
    expect(text).toContain('[hello] Hello from domain 1!');
    expect(text).toMatch(/spin-heavy +3 +4 +1 +--p---/);
    expect(text).toContain('[sleeper] sleeper: tick 1');
    expect(text).toContain('[pinger] 4 packets transmitted, 4 received, 0% packet loss');
    expect(text).toContain('[disk] disk: run 1 wrote 200 sectors, flushed, read back: ok');
    expect(text).toMatch(/spin-light +weight 256 .* share +\d+\.\d%/);
    expect(text).toMatch(/trace hash [0-9a-f]{16}/);
  }, 60_000);
});
