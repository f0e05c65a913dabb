/**
 * The OpenAPI description of the matrix, escalation, escalation series,
 * timeline and changes views. Their types in @parley/projections are the
 * source: each class is checked equal to its type in both directions
 * (`Same`), so a field added to a view and not here fails `tsc`. Nested
 * objects a DTO would add little to are `type: Object` with their fields
 * named in the description, typed from the view all the same.
 */
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { DEMAND_CATEGORIES, EVENT_TYPES, PRECISIONS, STANCES, type EventType, type Precision } from '@parley/domain';
import {
  CONSENSUS_VALUES,
  DEMAND_ROW_STATES,
  LEVEL_NAMES,
  PHASES,
  type ChangesView,
  type Consensus,
  type DemandRowState,
  type EscalationDriver,
  type EscalationSeries,
  type EscalationView,
  type LevelName,
  type LevelNumber,
  type MatrixCell,
  type MatrixColumn,
  type MatrixRow,
  type MatrixView,
  type SeriesMarker,
  type SeriesPoint,
  type StanceChange,
  type TimelineItem,
  type TimelineView,
} from '@parley/projections';
import { Closed, type Same } from '../../shared/same';
import { DevelopmentViewDto, LEVELS } from './status.dto';

const CODE_SOURCES = Object.keys({ analyst: true, default: true } satisfies Record<
  EscalationDriver['codeSource'],
  true
>);
const KNOWN_AT = {
  type: String,
  nullable: true,
  format: 'date-time',
  description: 'what was known: the knownAt instant (recorded by then), or null for all recorded',
} as const;
const SOURCES: ApiPropertyOptions = {
  type: [Object],
  description: 'the sources cited: { url, title, publisher, publishedAt, reliability, credibility, … } as recorded',
};
const THIN_EVIDENCE: ApiPropertyOptions = {
  type: Object,
  nullable: true,
  description: '{ reasons (single-source, below-c3), … }: why the evidence is thin; null when it is not',
};

// --- matrix ---------------------------------------------------------------

@Closed()
export class MatrixColumnDto {
  @ApiProperty()
  actorId!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ type: String, nullable: true, description: "the actor's role; null if not registered" })
  role!: MatrixColumn['role'];
}

@Closed()
export class MatrixCellDto {
  @ApiProperty()
  actorId!: string;
  @ApiProperty({
    enum: [...STANCES, 'proposer', 'no-position'],
    description: "a stance, 'proposer' (who tabled it) or 'no-position'",
  })
  value!: MatrixCell['value'];
  @ApiProperty({ type: String, nullable: true })
  eventId!: string | null;
  @ApiProperty({ type: String, nullable: true })
  occurredAt!: string | null;
  @ApiProperty(SOURCES)
  sources!: MatrixCell['sources'];
  @ApiProperty({ type: String, nullable: true })
  conditions!: string | null;
  @ApiProperty({ type: String, nullable: true })
  quote!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: '{ name, title, … }: who stated the stance' })
  speaker!: MatrixCell['speaker'];
  @ApiProperty({ type: [Object], description: '{ stance, eventId, occurredAt, conditions, quote }, oldest first' })
  history!: MatrixCell['history'];
  @ApiProperty(THIN_EVIDENCE)
  thinEvidence!: MatrixCell['thinEvidence'];
}

@Closed()
export class MatrixRowDto {
  @ApiProperty()
  demandId!: string;
  @ApiProperty()
  text!: string;
  @ApiProperty({ description: 'actor id' })
  by!: string;
  @ApiProperty({ enum: DEMAND_CATEGORIES })
  category!: MatrixRow['category'];
  @ApiProperty({ type: [String] })
  addressedTo!: readonly string[];
  @ApiProperty({ enum: DEMAND_ROW_STATES })
  state!: DemandRowState;
  @ApiProperty({ enum: CONSENSUS_VALUES })
  consensus!: Consensus;
  @ApiProperty()
  tabledAt!: string;
  @ApiProperty({ type: String, nullable: true })
  withdrawnAt!: string | null;
  @ApiProperty()
  amendments!: number;
  @ApiProperty({ type: [MatrixCellDto], description: 'one per column, in column order' })
  cells!: readonly MatrixCellDto[];
}

@Closed()
export class MatrixViewDto {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty()
  modelVersion!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the at asked for; null: as it stands' })
  at!: string | null;
  @ApiProperty(KNOWN_AT)
  knownAt!: string | null;
  @ApiProperty({ type: [MatrixColumnDto] })
  columns!: readonly MatrixColumnDto[];
  @ApiProperty({ type: [MatrixRowDto] })
  rows!: readonly MatrixRowDto[];
}

// --- escalation -----------------------------------------------------------

@Closed()
export class EscalationDriverDto {
  @ApiProperty()
  eventId!: string;
  @ApiProperty({ enum: EVENT_TYPES })
  type!: EventType;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty()
  summary!: string;
  @ApiProperty({ description: 'the CAMEO code' })
  code!: string;
  @ApiProperty({
    enum: CODE_SOURCES,
    description: "where the code came from: the analyst's, or the event type's default",
  })
  codeSource!: EscalationDriver['codeSource'];
  @ApiProperty({ type: String, nullable: true })
  codeName!: string | null;
  @ApiProperty({ description: 'Goldstein score' })
  g!: number;
  @ApiProperty({ description: 'confidence' })
  c!: number;
  @ApiProperty()
  ageDays!: number;
  @ApiProperty()
  decay!: number;
  @ApiProperty({ required: false, description: "v2's weight of the occurrence" })
  weight?: number;
  @ApiProperty()
  contribution!: number;
  @ApiProperty(SOURCES)
  sources!: EscalationDriver['sources'];
  @ApiProperty({ type: [String], required: false, description: 'v2: the events of one occurrence' })
  eventIds?: readonly string[];
  @ApiProperty(THIN_EVIDENCE)
  thinEvidence!: EscalationDriver['thinEvidence'];
}

@Closed()
export class EscalationViewDto {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty()
  modelVersion!: string;
  @ApiProperty({ format: 'date-time' })
  at!: string;
  @ApiProperty(KNOWN_AT)
  knownAt!: string | null;
  @ApiProperty({ description: '0–100' })
  index!: number;
  @ApiProperty({ enum: LEVELS })
  level!: LevelNumber;
  @ApiProperty({ enum: LEVEL_NAMES })
  levelName!: LevelName;
  @ApiProperty({ type: Object, description: '{ direction (rising, falling, steady), delta, indexBefore, windowDays }' })
  trend!: EscalationView['trend'];
  @ApiProperty()
  conflict!: number;
  @ApiProperty()
  cooperation!: number;
  @ApiProperty()
  net!: number;
  @ApiProperty({ type: [EscalationDriverDto] })
  drivers!: readonly EscalationDriverDto[];
  @ApiProperty({
    type: [Object],
    description:
      'v2: why the level holds, most severe first: { level, rule, text, eventIds, thinEvidence }; [] under v1',
  })
  reasons!: EscalationView['reasons'];
  @ApiProperty({
    type: [Object],
    description:
      'v2: lasting conditions in force: { kind (ceasefire, border-closed, ultimatum, agreement), since, eventId, text }',
  })
  conditions!: EscalationView['conditions'];
  @ApiProperty({ type: Object, nullable: true, description: '{ days, since }: v2, nothing recorded for a while' })
  quiet!: EscalationView['quiet'];
  @ApiProperty({
    type: Object,
    nullable: true,
    description: "v2: the parties' pair: { actors, names, index, level, levelName, reasons, lastArmedAction }",
  })
  pair!: EscalationView['pair'];
  @ApiProperty({ type: [Object], description: 'v2: every pair of actors seen, highest level first (as `pair`)' })
  pairs!: EscalationView['pairs'];
}

// --- escalation series ----------------------------------------------------

@Closed()
export class SeriesPointDto {
  @ApiProperty({ format: 'date-time' })
  t!: string;
  @ApiProperty()
  index!: number;
  @ApiProperty({ enum: LEVELS })
  level!: LevelNumber;
  @ApiProperty({ enum: LEVEL_NAMES })
  levelName!: LevelName;
  @ApiProperty()
  conflict!: number;
  @ApiProperty()
  cooperation!: number;
}

@Closed()
export class SeriesMarkerDto {
  @ApiProperty()
  eventId!: string;
  @ApiProperty({ enum: EVENT_TYPES })
  type!: EventType;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Goldstein score; null when the event has none' })
  g!: number | null;
  @ApiProperty()
  summary!: string;
}

@Closed()
export class EscalationSeriesDto {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty()
  modelVersion!: string;
  @ApiProperty({ format: 'date-time' })
  from!: string;
  @ApiProperty({ format: 'date-time' })
  to!: string;
  @ApiProperty({ description: 'milliseconds between points' })
  stepMs!: number;
  @ApiProperty({ type: [SeriesPointDto] })
  points!: readonly SeriesPointDto[];
  @ApiProperty({ type: [SeriesMarkerDto] })
  markers!: readonly SeriesMarkerDto[];
}

// --- timeline -------------------------------------------------------------

@Closed()
export class TimelineItemDto {
  @ApiProperty()
  eventId!: string;
  @ApiProperty({ enum: EVENT_TYPES })
  type!: EventType;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty({ enum: PRECISIONS })
  precision!: Precision;
  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
  @ApiProperty()
  recordedBy!: string;
  @ApiProperty()
  summary!: string;
  @ApiProperty(SOURCES)
  sources!: TimelineItem['sources'];
  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
  @ApiProperty({ type: String, nullable: true })
  occurrence!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: '{ code, source, name, g }: the CAMEO coding' })
  cameo!: TimelineItem['cameo'];
  @ApiProperty()
  confidence!: number;
  @ApiProperty({ type: Object, description: "the event's data, as for its type in the catalogue" })
  data!: TimelineItem['data'];
  @ApiProperty({ type: [Object], description: 'corrections applied to it, in order' })
  corrections!: TimelineItem['corrections'];
  @ApiProperty({ type: Object, nullable: true, description: 'its retraction, if retracted' })
  retracted!: TimelineItem['retracted'];
}

@Closed()
export class TimelineViewDto {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty()
  modelVersion!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the at asked for; null: as it stands' })
  at!: string | null;
  @ApiProperty(KNOWN_AT)
  knownAt!: string | null;
  @ApiProperty({ type: [TimelineItemDto], description: 'in occurredAt order' })
  items!: readonly TimelineItemDto[];
}

// --- changes --------------------------------------------------------------

@Closed()
export class StanceChangeDto {
  @ApiProperty()
  demandId!: string;
  @ApiProperty()
  demand!: string;
  @ApiProperty()
  actorId!: string;
  @ApiProperty()
  actorName!: string;
  @ApiProperty({ enum: [...STANCES, 'no-position'] })
  from!: StanceChange['from'];
  @ApiProperty({ enum: [...STANCES, 'no-position'] })
  to!: StanceChange['to'];
  @ApiProperty({ type: String, nullable: true })
  eventId!: string | null;
  @ApiProperty({ type: String, nullable: true })
  occurredAt!: string | null;
}

@Closed()
export class PhaseChangeDto {
  @ApiProperty({ enum: PHASES })
  from!: ChangesView['phase']['from'];
  @ApiProperty({ enum: PHASES })
  to!: ChangesView['phase']['to'];
  @ApiProperty()
  changed!: boolean;
}

@Closed()
export class ChangesViewDto {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty()
  modelVersion!: string;
  @ApiProperty({ format: 'date-time' })
  since!: string;
  @ApiProperty({ format: 'date-time' })
  until!: string;
  @ApiProperty(KNOWN_AT)
  knownAt!: string | null;
  @ApiProperty({ type: [DevelopmentViewDto] })
  developments!: readonly DevelopmentViewDto[];
  @ApiProperty({ type: [StanceChangeDto] })
  stanceChanges!: readonly StanceChangeDto[];
  @ApiProperty({ type: PhaseChangeDto })
  phase!: PhaseChangeDto;
  @ApiProperty({
    type: Object,
    description: '{ from: { index, level, levelName }, to: { index, level, levelName }, delta, levelChanged }',
  })
  escalation!: ChangesView['escalation'];
  @ApiProperty({
    type: Object,
    description:
      '{ issued: [{ ultimatumId, by, byName, to, toNames, deadline, occurredAt }], resolved: [{ ultimatumId, by, byName, resolution, occurredAt }] }',
  })
  ultimatums!: ChangesView['ultimatums'];
  @ApiProperty({
    type: Object,
    description: '{ from, to, changed, ceasefireId, previousCeasefireId, summary }: ceasefire states as in the status',
  })
  ceasefire!: ChangesView['ceasefire'];
  @ApiProperty({
    type: Object,
    description:
      '{ tabled: [{ demandId, by, byName, text, occurredAt }], withdrawn: [{ demandId, text, occurredAt }] }',
  })
  demands!: ChangesView['demands'];
}

const _column: Same<MatrixColumnDto, MatrixColumn> = true;
const _cell: Same<MatrixCellDto, MatrixCell> = true;
const _row: Same<MatrixRowDto, MatrixRow> = true;
const _matrix: Same<MatrixViewDto, MatrixView> = true;
const _driver: Same<EscalationDriverDto, EscalationDriver> = true;
const _escalation: Same<EscalationViewDto, EscalationView> = true;
const _point: Same<SeriesPointDto, SeriesPoint> = true;
const _marker: Same<SeriesMarkerDto, SeriesMarker> = true;
const _series: Same<EscalationSeriesDto, EscalationSeries> = true;
const _item: Same<TimelineItemDto, TimelineItem> = true;
const _timeline: Same<TimelineViewDto, TimelineView> = true;
const _stance: Same<StanceChangeDto, StanceChange> = true;
const _phase: Same<PhaseChangeDto, ChangesView['phase']> = true;
const _changes: Same<ChangesViewDto, ChangesView> = true;
export const VIEW_DTO_CHECKS = [
  _column,
  _cell,
  _row,
  _matrix,
  _driver,
  _escalation,
  _point,
  _marker,
  _series,
  _item,
  _timeline,
  _stance,
  _phase,
  _changes,
];
