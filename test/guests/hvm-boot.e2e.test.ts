/**
 * End-to-end: an HVM guest boots as a RISC-V kernel does, through the real `hvsim` binary and
 * a daemon on a real Unix socket: `create -c` shows what images/demo/hvmboot.elf read from the
 * device tree in a1, the line piped to the console reaches it as a UART interrupt through the
 * PLIC, and it powers off through SBI SRST, which ends `create -c`.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { DEMO, HVSIM, listJson, ok, startDaemon, until, type Daemon } from '../e2e-helpers';

jest.setTimeout(60_000);

let daemon: Daemon;

beforeAll(async () => {
  daemon = await startDaemon(['--pace', 'max']);
});

afterAll(async () => {
  await daemon?.stop();
});

/** `hvsim ARGS`, typing `input` once its output shows `prompt` (at once for ''); stdin stays
 *  open (its end would detach the console) until the command exits. */
function typeAtPrompt(args: string[], prompt: string, input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HVSIM, ...args, '--socket', daemon.socket], { stdio: 'pipe' });
    const timer = setTimeout(() => child.kill(), 30_000);
    let stdout = '';
    let stderr = '';
    let typed = false;
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
      if (!typed && stdout.includes(prompt)) {
        typed = true;
        child.stdin.write(input);
      }
    });
    if (prompt === '') {
      typed = true;
      child.stdin.write(input);
    }
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('an HVM guest booted like RISC-V', () => {
  it('reads the device tree, takes console input as a PLIC interrupt, and powers off through SRST', async () => {
    const r = await typeAtPrompt(['create', '-c', path.join(DEMO, 'hvmboot.cfg')], 'type a line', 'hello plic\n');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = r.stdout.replace(/\r\n/g, '\n');
    expect(out).toMatch(/^hvmboot: hart 0, device tree at 0x807f[0-9a-f]000\n/);
    expect(out).toContain('hvmboot: memory 8 MiB at 0x80000000\n');
    expect(out).toContain('hvmboot: 2 cpu(s), isa rv32ima_zicsr_zifencei, mmu riscv,sv32\n');
    expect(out).toContain('hvmboot: bootargs "console=ttyS0 hvmboot=yes"\n');
    expect(out).toContain('hvmboot: uart 0x10000000 irq 10, plic 0xc000000\n');
    expect(out).toMatch(/hvmboot: type a line\nhvmboot: got "hello plic" in [1-9]\d* interrupt\(s\) from PLIC source 10\n$/);
    expect((await listJson(daemon.socket)).map((d) => d.name)).toEqual(['Domain-0']);
  });

  it('saved while it waits for input and restored, its PLIC and UART still deliver the line', async () => {
    await ok(daemon.socket, ['create', path.join(DEMO, 'hvmboot.cfg'), 'name="held"']);
    await until(async () => ((await ok(daemon.socket, ['console', '--no-follow', 'held'])).includes('type a line') ? true : undefined), 10_000, 'the prompt');
    const image = path.join(daemon.dir, 'hvmboot.save');
    await ok(daemon.socket, ['save', 'held', image]);
    await ok(daemon.socket, ['restore', image]);
    const r = await typeAtPrompt(['console', 'held'], '', 'after restore\n');
    expect(r.stdout.replace(/\r\n/g, '\n')).toMatch(/hvmboot: got "after restore" in [1-9]\d* interrupt\(s\) from PLIC source 10\n/);
    await until(async () => ((await listJson(daemon.socket)).some((d) => d.name === 'held') ? undefined : true), 10_000, 'the power-off');
  });
});
