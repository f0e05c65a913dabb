import { randomUUID } from 'node:crypto';
import { ORIGINAL_ID_KEY, toEsdbEventId } from './ids';
import { PositionUnavailableError, toRecordedEvent, type EsdbEvent } from './recorded';

const created = new Date('2025-10-25T08:30:00.123Z');
const base = (overrides: Partial<EsdbEvent> = {}): EsdbEvent => ({
  streamId: 'ns/negotiation-x',
  id: randomUUID(),
  isJson: true,
  revision: 3n,
  type: 'UltimatumIssued',
  created,
  data: { text: 'x' },
  metadata: { schema: 1 },
  position: { commit: 1000n, prepare: 1000n },
  ...overrides,
});

describe('EventStoreDB events → RecordedEvent', () => {
  it('maps every field', () => {
    const event = base();
    expect(toRecordedEvent(event, 'negotiation-x')).toEqual({
      id: event.id,
      type: 'UltimatumIssued',
      data: { text: 'x' },
      metadata: { schema: 1 },
      stream: 'negotiation-x',
      revision: 3,
      position: 2001,
      recordedAt: '2025-10-25T08:30:00.123Z',
    });
  });

  it('defaults missing metadata to {} and restores an original id', () => {
    expect(toRecordedEvent(base({ metadata: undefined }), 's')?.metadata).toEqual({});
    const mapped = base({ id: toEsdbEventId('e-1'), metadata: { [ORIGINAL_ID_KEY]: 'e-1', schema: 1 } });
    expect(toRecordedEvent(mapped, 's')).toMatchObject({ id: 'e-1', metadata: { schema: 1 } });
  });

  it('does not claim events this adapter cannot have written', () => {
    expect(toRecordedEvent(base({ isJson: false, data: new Uint8Array([1]) }), 's')).toBeUndefined();
    expect(toRecordedEvent(base({ data: [1, 2] }), 's')).toBeUndefined();
    expect(toRecordedEvent(base({ data: 'text' }), 's')).toBeUndefined();
  });

  it('refuses a server that does not report positions on stream reads', () => {
    expect(() => toRecordedEvent(base({ position: undefined }), 's')).toThrow(PositionUnavailableError);
    expect(() =>
      toRecordedEvent(base({ position: { commit: 0xffff_ffff_ffff_ffffn, prepare: 0xffff_ffff_ffff_ffffn } }), 's'),
    ).toThrow(/22\.10 or later/);
  });
});
