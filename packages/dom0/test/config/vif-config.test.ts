import { ConfigError, formatDomainConfig, parseDomainConfig, parseVifSpec } from '../../src';
import { assignVifMacs } from '../../src/devices/vif-mac';

const FILE = '/etc/hvsim/net.cfg';
const minimal = 'name = "web"\nkernel = "/k.elf"\n';

describe('xl vif specs', () => {
  it('reads mac, bridge and vlan, with xl\'s defaults', () => {
    expect(parseVifSpec('mac=00:16:3E:01:02:03, bridge=xenbr1, vlan=10')).toEqual({ mac: '00:16:3e:01:02:03', bridge: 'xenbr1', vlan: 10, devid: null, vifname: null, ip: null });
    expect(parseVifSpec('')).toEqual({ mac: null, bridge: 'xenbr0', vlan: null, devid: null, vifname: null, ip: null });
    expect(parseVifSpec('type=vif, backend=0, devid=3, vifname=web0, ip=10.0.0.1')).toMatchObject({ devid: 3, vifname: 'web0', ip: '10.0.0.1' });
  });

  it('refuses a MAC that is not a unicast station address, and what it cannot serve, naming the key', () => {
    expect(() => parseVifSpec('mac=01:00:5e:00:00:01')).toThrow(/mac "01:00:5e:00:00:01" is a multicast address/);
    expect(() => parseVifSpec('mac=ff:ff:ff:ff:ff:ff')).toThrow(/multicast/);
    expect(() => parseVifSpec('mac=00:00:00:00:00:00')).toThrow(/all-zero/);
    expect(() => parseVifSpec('mac=00:16:3e:01:02')).toThrow(/mac "00:16:3e:01:02": expected six hex octets/);
    expect(() => parseVifSpec('bridge=xen br0')).toThrow(/bridge "xen br0"/);
    expect(() => parseVifSpec('vlan=4095')).toThrow(/vlan "4095": expected an integer 1..4094/);
    expect(() => parseVifSpec('colour=blue')).toThrow(/unknown vif parameter "colour"/);
    expect(() => parseVifSpec('bridge=a, bridge=b')).toThrow(/bridge given twice/);
    expect(() => parseVifSpec('type=ioemu')).toThrow(/type "ioemu"/);
    expect(() => parseVifSpec('script=vif-bridge')).toThrow(/script/);
    expect(() => parseVifSpec('xenbr0')).toThrow(/expected KEY=VALUE/);
  });

  it('numbers vifs in order, keeps them through the saved config, and names file and line of a bad one', () => {
    const { config, vifSources } = parseDomainConfig(minimal + 'vif = [ "bridge=xenbr0",\n  "mac=00:16:3e:0a:0b:0c, vlan=5" ]\n', FILE);
    expect(config.vifs.map((v) => [v.devid, v.mac, v.vlan])).toEqual([[0, null, null], [1, '00:16:3e:0a:0b:0c', 5]]);
    expect(vifSources).toEqual([{ file: FILE, line: 3 }, { file: FILE, line: 4 }]);
    const withMacs = { ...config, vifs: assignVifMacs(config.vifs, 1, '00000000-0000-4000-8000-000000000000') };
    expect(parseDomainConfig(formatDomainConfig(withMacs), FILE).config.vifs).toEqual(withMacs.vifs);
    let err: unknown;
    try {
      parseDomainConfig(minimal + 'vif = [ "bridge=xenbr0",\n  "mac=03:00:00:00:00:01" ]\n', FILE);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(`${FILE}:4: vif: mac "03:00:00:00:00:01" is a multicast address (the low bit of its first octet is set); a vif needs a unicast address`);
    expect(() => parseDomainConfig(minimal + 'vif = [ "devid=1", "devid=1" ]\n', FILE)).toThrow(/:3: vif: devid 1 is given twice/);
  });

  it('draws MACs in Xen\'s OUI from the seed and the domain: the same for the same, different otherwise', () => {
    const vifs = parseDomainConfig(minimal + 'vif = [ "", "", "mac=00:16:3e:00:00:09" ]\n', FILE).config.vifs;
    const a = assignVifMacs(vifs, 1, 'u1');
    expect(a.map((v) => v.mac)).toEqual(assignVifMacs(vifs, 1, 'u1').map((v) => v.mac));
    for (const v of a) expect(v.mac).toMatch(/^00:16:3e:[0-7][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}$/);
    expect(new Set(a.map((v) => v.mac)).size).toBe(3);
    expect(a[2].mac).toBe('00:16:3e:00:00:09');
    expect(assignVifMacs(vifs, 2, 'u1')[0].mac).not.toBe(a[0].mac);
    expect(assignVifMacs(vifs, 1, 'u2')[0].mac).not.toBe(a[0].mac);
  });
});
