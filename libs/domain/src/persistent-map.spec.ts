import { PersistentMap } from './persistent-map';

describe('PersistentMap', () => {
  it('gets what was set, and leaves the map it was set on unchanged', () => {
    const empty = PersistentMap.empty<string>();
    const one = empty.set('doha-1', 'open');
    const two = one.set('doha-1', 'concluded');
    expect([empty.get('doha-1'), one.get('doha-1'), two.get('doha-1')]).toEqual([undefined, 'open', 'concluded']);
    expect([empty.size, one.size, two.size]).toEqual([0, 1, 1]);
  });

  it('holds thousands of keys and iterates over each once', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `round-${i}`);
    const map = PersistentMap.of(keys.map((k, i) => [k, i] as const));
    expect(map.size).toBe(5000);
    expect(keys.every((k, i) => map.get(k) === i)).toBe(true);
    expect([...map.keys()].sort()).toEqual([...keys].sort());
    expect(map.has('round-5000')).toBe(false);
  });

  it('keeps two keys whose hashes collide apart', () => {
    // FNV-1a("k32728") === FNV-1a("k261234") === 0x92c402be
    const map = PersistentMap.empty<number>().set('k32728', 1).set('k261234', 2).set('k32728', 3);
    expect([map.get('k32728'), map.get('k261234'), map.size]).toEqual([3, 2, 2]);
    expect([...map.entries()].sort()).toEqual([
      ['k261234', 2],
      ['k32728', 3],
    ]);
  });
});
