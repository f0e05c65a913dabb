import { PersistentMap, TransientOwner } from './persistent-map';

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

describe('PersistentMap as a transient', () => {
  it('changes in place while its owner edits, leaving the map it came from as it was', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `event-${i}`);
    const base = PersistentMap.of(keys.slice(0, 1000).map((k) => [k, 0 as number] as const));
    const owner = new TransientOwner();
    const transient = base.asTransient(owner);
    for (const k of keys) expect(transient.set(k, 1)).toBe(transient);
    expect([transient.size, keys.every((k) => transient.get(k) === 1)]).toEqual([2000, true]);
    expect([base.size, keys.slice(0, 1000).every((k) => base.get(k) === 0), base.has('event-1000')]).toEqual([
      1000,
      true,
      false,
    ]);
    expect(transient.asTransient(owner)).toBe(transient);
  });

  it('is persistent again once its owner is sealed: set copies and changes nothing', () => {
    const owner = new TransientOwner();
    const map = PersistentMap.empty<number>().asTransient(owner).set('a', 1).set('b', 2);
    owner.seal();
    const next = map.set('a', 3);
    expect(next).not.toBe(map);
    expect([map.get('a'), next.get('a'), map.size, next.size]).toEqual([1, 3, 2, 2]);
  });
});
