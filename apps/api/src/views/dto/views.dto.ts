/**
 * The OpenAPI description of the matrix, escalation, escalation series,
 * timeline and changes views. Their types in @parley/projections are the
 * source: each class is checked equal to its type in both directions
 * (`Same`), so a field added to a view and not here fails `tsc`. Nested
 * objects a DTO would add little to are `type: Object` with their fields
 * named in the description, typed from the view all the same.
 */
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  DEMAND_CATEGORIES,
  EVENT_TYPES,
  PRECISIONS,
  STANCES,
  ULTIMATUM_RESOLUTIONS,
  type CorrectionChanges,
  type EventType,
  type Precision,
  type Stance,
  type UltimatumResolution,
} from '@parley/domain';
import {
  CEASEFIRE_STATES,
  THIN_EVIDENCE_REASONS,
  type AppliedCorrection,
  type AppliedRetraction,
  type CeasefireStatus,
  type EscalationCondition,
  type EscalationPoint,
  type EscalationReasonView,
  type PairReadingView,
  type ReasonRule,
  type StanceHistoryItem,
  type ThinEvidence,
  type ThinEvidenceReason,
  type TrendDirection,
  type TrendReading,
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
import { RECORD_DTOS } from '../../recording/dto/event-data.dto';
import { Closed, type Same } from '../../shared/same';
import { DevelopmentViewDto, LEVELS, TRENDS } from './status.dto';

const CODE_SOURCES = Object.keys({ analyst: true, default: true } satisfies Record<
  EscalationDriver['codeSource'],
  true
>);
/** Each a union in @parley/projections: the object's keys are checked to be exactly its members. */
const REASON_RULES = Object.keys({
  'heavy-armed-action': true,
  'armed-action': true,
  'ceasefire-held': true,
  'recent-armed-action': true,
  coercion: true,
  'border-closed': true,
  'ultimatum-active': true,
  'occupation-in-force': true,
  'detention-in-force': true,
  'agreement-implemented': true,
  strained: true,
} satisfies Record<ReasonRule, true>);
const CONDITION_KINDS = Object.keys({
  ceasefire: true,
  'border-closed': true,
  ultimatum: true,
  occupation: true,
  detention: true,
  agreement: true,
} satisfies Record<EscalationCondition['kind'], true>);
const KNOWN_AT = {
  type: String,
  nullable: true,
  format: 'date-time',
  description: 'what was known: the knownAt instant (recorded by then), or null for all recorded',
} as const;
const SOURCES: ApiPropertyOptions = {
  type: () => RECORD_DTOS.Source,
  isArray: true,
  description: 'the sources cited, as recorded',
};

@Closed()
export class ThinEvidenceDto {
  @ApiProperty({ enum: THIN_EVIDENCE_REASONS, description: 'one source only, or only sources graded below C3' })
  reason!: ThinEvidenceReason;
  @ApiProperty({ description: 'the sentence a reader is shown', example: 'one source only' })
  text!: string;
}

const THIN_EVIDENCE: ApiPropertyOptions = {
  type: ThinEvidenceDto,
  nullable: true,
  description: 'why the evidence is thin; null when it is not',
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
export class StanceHistoryItemDto {
  @ApiProperty({ enum: STANCES })
  stance!: Stance;
  @ApiProperty()
  eventId!: string;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty({ type: String, nullable: true })
  conditions!: string | null;
  @ApiProperty({ type: String, nullable: true })
  quote!: string | null;
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
  @ApiProperty({ type: () => RECORD_DTOS.Person, nullable: true, description: 'who stated the stance' })
  speaker!: MatrixCell['speaker'];
  @ApiProperty({
    type: [StanceHistoryItemDto],
    description: 'every position of this actor on this demand, oldest first',
  })
  history!: readonly StanceHistoryItemDto[];
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
export class TrendReadingDto {
  @ApiProperty({ enum: TRENDS })
  direction!: TrendDirection;
  @ApiProperty({ description: 'index now − index `windowDays` before' })
  delta!: number;
  @ApiProperty()
  indexBefore!: number;
  @ApiProperty({ type: 'integer' })
  windowDays!: number;
}

@Closed()
export class EscalationReasonDto {
  @ApiProperty({ enum: LEVELS, description: 'the level this reason holds' })
  level!: LevelNumber;
  @ApiProperty({ enum: REASON_RULES })
  rule!: ReasonRule;
  @ApiProperty()
  text!: string;
  @ApiProperty({ type: [String], description: 'the developments behind it' })
  eventIds!: readonly string[];
  @ApiProperty(THIN_EVIDENCE)
  thinEvidence!: ThinEvidence | null;
}

@Closed()
export class EscalationConditionDto {
  @ApiProperty({ enum: CONDITION_KINDS })
  kind!: EscalationCondition['kind'];
  @ApiProperty()
  since!: string;
  @ApiProperty()
  eventId!: string;
  @ApiProperty()
  text!: string;
}

@Closed()
export class QuietDto {
  @ApiProperty({ type: 'integer' })
  days!: number;
  @ApiProperty({ type: String, nullable: true })
  since!: string | null;
}

@Closed()
export class PairReadingDto {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2, description: 'the two actor ids, sorted' })
  actors!: readonly [string, string];
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2, description: 'their names, in the same order' })
  names!: readonly [string, string];
  @ApiProperty()
  index!: number;
  @ApiProperty({ enum: LEVELS })
  level!: LevelNumber;
  @ApiProperty({ enum: LEVEL_NAMES })
  levelName!: LevelName;
  @ApiProperty({ type: [EscalationReasonDto] })
  reasons!: readonly EscalationReasonDto[];
  @ApiProperty({ type: String, nullable: true, description: 'the latest armed action between the two (any age)' })
  lastArmedAction!: string | null;
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
  @ApiProperty({ type: TrendReadingDto })
  trend!: TrendReadingDto;
  @ApiProperty()
  conflict!: number;
  @ApiProperty()
  cooperation!: number;
  @ApiProperty()
  net!: number;
  @ApiProperty({ type: [EscalationDriverDto] })
  drivers!: readonly EscalationDriverDto[];
  @ApiProperty({ type: [EscalationReasonDto], description: 'v2: why the level holds, most severe first; [] under v1' })
  reasons!: readonly EscalationReasonDto[];
  @ApiProperty({ type: [EscalationConditionDto], description: 'v2: lasting conditions in force' })
  conditions!: readonly EscalationConditionDto[];
  @ApiProperty({ type: QuietDto, nullable: true, description: 'v2: nothing recorded for a while' })
  quiet!: QuietDto | null;
  @ApiProperty({ type: PairReadingDto, nullable: true, description: "v2: the parties' pair" })
  pair!: PairReadingDto | null;
  @ApiProperty({ type: [PairReadingDto], description: 'v2: every pair of actors seen, highest level first' })
  pairs!: readonly PairReadingDto[];
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
export class TimelineCameoDto {
  @ApiProperty({ description: 'the CAMEO code' })
  code!: string;
  @ApiProperty({ enum: CODE_SOURCES, description: "the analyst's, or the event type's default" })
  source!: EscalationDriver['codeSource'];
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Goldstein score; null for a code the model does not know',
  })
  g!: number | null;
}

@Closed()
export class AppliedRetractionDto {
  @ApiProperty({ description: 'the EventRetracted' })
  eventId!: string;
  @ApiProperty({ type: 'integer' })
  position!: number;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
  @ApiProperty()
  recordedBy!: string;
  @ApiProperty()
  reason!: string;
}

@Closed()
export class AppliedCorrectionDto extends AppliedRetractionDto {
  @ApiProperty({ type: () => RECORD_DTOS.CorrectionChanges })
  changes!: CorrectionChanges;
  @ApiProperty({ description: 'a retraction known at knownAt withdrew this correction: it was not applied' })
  withdrawn!: boolean;
}

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
  @ApiProperty({ type: TimelineCameoDto, nullable: true, description: 'the CAMEO coding' })
  cameo!: TimelineCameoDto | null;
  @ApiProperty()
  confidence!: number;
  @ApiProperty({ type: Object, description: "the event's data, corrected (the schema for `type`)" })
  data!: TimelineItem['data'];
  @ApiProperty({ type: [AppliedCorrectionDto], description: 'corrections applied to it, in order' })
  corrections!: readonly AppliedCorrectionDto[];
  @ApiProperty({ type: AppliedRetractionDto, nullable: true, description: 'its retraction, if retracted' })
  retracted!: AppliedRetractionDto | null;
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
export class EscalationPointDto {
  @ApiProperty()
  index!: number;
  @ApiProperty({ enum: LEVELS })
  level!: LevelNumber;
  @ApiProperty({ enum: LEVEL_NAMES })
  levelName!: LevelName;
}

@Closed()
export class EscalationChangeDto {
  @ApiProperty({ type: EscalationPointDto })
  from!: EscalationPointDto;
  @ApiProperty({ type: EscalationPointDto })
  to!: EscalationPointDto;
  @ApiProperty()
  delta!: number;
  @ApiProperty()
  levelChanged!: boolean;
}

@Closed()
export class UltimatumIssuedChangeDto {
  @ApiProperty()
  ultimatumId!: string;
  @ApiProperty({ description: 'actor id' })
  by!: string;
  @ApiProperty()
  byName!: string;
  @ApiProperty({ type: [String], description: 'actor ids' })
  to!: readonly string[];
  @ApiProperty({ type: [String] })
  toNames!: readonly string[];
  @ApiProperty({ type: String, nullable: true })
  deadline!: string | null;
  @ApiProperty()
  occurredAt!: string;
}

@Closed()
export class UltimatumResolvedChangeDto {
  @ApiProperty()
  ultimatumId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'actor id' })
  by!: string | null;
  @ApiProperty({ type: String, nullable: true })
  byName!: string | null;
  @ApiProperty({ enum: ULTIMATUM_RESOLUTIONS })
  resolution!: UltimatumResolution;
  @ApiProperty()
  occurredAt!: string;
}

@Closed()
export class UltimatumChangesDto {
  @ApiProperty({ type: [UltimatumIssuedChangeDto] })
  issued!: readonly UltimatumIssuedChangeDto[];
  @ApiProperty({ type: [UltimatumResolvedChangeDto] })
  resolved!: readonly UltimatumResolvedChangeDto[];
}

@Closed()
export class CeasefireChangeDto {
  @ApiProperty({ enum: CEASEFIRE_STATES })
  from!: CeasefireStatus;
  @ApiProperty({ enum: CEASEFIRE_STATES })
  to!: CeasefireStatus;
  @ApiProperty({ description: 'the state differs, or another ceasefire stands at `until` than at `since`' })
  changed!: boolean;
  @ApiProperty({ type: String, nullable: true })
  ceasefireId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the one that stood at `since` when another stands at `until`',
  })
  previousCeasefireId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'what changed, in words; null when nothing did' })
  summary!: string | null;
}

@Closed()
export class DemandTabledChangeDto {
  @ApiProperty()
  demandId!: string;
  @ApiProperty({ description: 'actor id' })
  by!: string;
  @ApiProperty()
  byName!: string;
  @ApiProperty()
  text!: string;
  @ApiProperty()
  occurredAt!: string;
}

@Closed()
export class DemandWithdrawnChangeDto {
  @ApiProperty()
  demandId!: string;
  @ApiProperty()
  text!: string;
  @ApiProperty()
  occurredAt!: string;
}

@Closed()
export class DemandChangesDto {
  @ApiProperty({ type: [DemandTabledChangeDto] })
  tabled!: readonly DemandTabledChangeDto[];
  @ApiProperty({ type: [DemandWithdrawnChangeDto] })
  withdrawn!: readonly DemandWithdrawnChangeDto[];
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
  @ApiProperty({ type: EscalationChangeDto })
  escalation!: EscalationChangeDto;
  @ApiProperty({ type: UltimatumChangesDto })
  ultimatums!: UltimatumChangesDto;
  @ApiProperty({ type: CeasefireChangeDto })
  ceasefire!: CeasefireChangeDto;
  @ApiProperty({ type: DemandChangesDto })
  demands!: DemandChangesDto;
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
const _thin: Same<ThinEvidenceDto, ThinEvidence> = true;
const _history: Same<StanceHistoryItemDto, StanceHistoryItem> = true;
const _trend: Same<TrendReadingDto, TrendReading> = true;
const _reason: Same<EscalationReasonDto, EscalationReasonView> = true;
const _condition: Same<EscalationConditionDto, EscalationCondition> = true;
const _quiet: Same<QuietDto, NonNullable<EscalationView['quiet']>> = true;
const _pair: Same<PairReadingDto, PairReadingView> = true;
const _cameo: Same<TimelineCameoDto, NonNullable<TimelineItem['cameo']>> = true;
const _retraction: Same<AppliedRetractionDto, AppliedRetraction> = true;
const _correction: Same<AppliedCorrectionDto, AppliedCorrection> = true;
const _point2: Same<EscalationPointDto, EscalationPoint> = true;
const _escalationChange: Same<EscalationChangeDto, ChangesView['escalation']> = true;
const _issued: Same<UltimatumIssuedChangeDto, ChangesView['ultimatums']['issued'][number]> = true;
const _resolved: Same<UltimatumResolvedChangeDto, ChangesView['ultimatums']['resolved'][number]> = true;
const _ultimatums: Same<UltimatumChangesDto, ChangesView['ultimatums']> = true;
const _ceasefireChange: Same<CeasefireChangeDto, ChangesView['ceasefire']> = true;
const _tabled: Same<DemandTabledChangeDto, ChangesView['demands']['tabled'][number]> = true;
const _withdrawn: Same<DemandWithdrawnChangeDto, ChangesView['demands']['withdrawn'][number]> = true;
const _demandChanges: Same<DemandChangesDto, ChangesView['demands']> = true;
export const VIEW_DTO_CHECKS = [
  _thin,
  _history,
  _trend,
  _reason,
  _condition,
  _quiet,
  _pair,
  _cameo,
  _retraction,
  _correction,
  _point2,
  _escalationChange,
  _issued,
  _resolved,
  _ultimatums,
  _ceasefireChange,
  _tabled,
  _withdrawn,
  _demandChanges,
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
