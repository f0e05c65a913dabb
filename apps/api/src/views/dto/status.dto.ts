/**
 * The OpenAPI description of `GET /negotiations/{id}/status`. The view's type
 * in @parley/projections is the source: each class below is checked equal to
 * it in both directions (`Same`), so a field added there and not here (or
 * here and not there) fails `tsc`.
 */
import { ApiProperty } from '@nestjs/swagger';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CEASEFIRE_COVERAGES,
  CEASEFIRE_DURATIONS,
  CEASEFIRE_END_REASONS,
  NEGOTIATION_OUTCOMES,
  ROUND_OUTCOMES,
  type ActorKind,
  type ActorRole,
  type AgreementKind,
  type AgreementStatus,
  type CeasefireEndReason,
  type EventType,
  EVENT_TYPES,
  type NegotiationOutcome,
  type RoundOutcome,
} from '@parley/domain';
import {
  type ActivePeriod,
  CEASEFIRE_STATES,
  DEADLINE_STATUSES,
  LEVEL_NAMES,
  PHASES,
  type ActorView,
  type AgreementView,
  type CeasefireStatus,
  type CeasefireView,
  type DeadlineStatus,
  type DevelopmentView,
  type LevelName,
  type LevelNumber,
  type Phase,
  type RoundView,
  type StatusView,
  type TrendDirection,
  type UltimatumView,
} from '@parley/projections';
import { Closed, type Same } from '../../shared/same';

export const LEVELS = [1, 2, 3, 4, 5];
export const TRENDS = ['rising', 'falling', 'steady'];
const KNOWN_AT_DESCRIPTION = 'what was known: the knownAt instant (recorded by then), or null for all recorded';

@Closed()
export class RoundViewDto {
  @ApiProperty()
  roundId!: string;
  @ApiProperty({ type: String, nullable: true })
  label!: string | null;
  @ApiProperty({ type: String, nullable: true })
  venue!: string | null;
  @ApiProperty({ type: [String], description: 'actor ids' })
  hosts!: readonly string[];
  @ApiProperty({ type: String, nullable: true, description: 'as recorded (a day or an instant)' })
  plannedFor!: string | null;
  @ApiProperty({ type: String, nullable: true })
  openedAt!: string | null;
  @ApiProperty({ type: String, nullable: true })
  concludedAt!: string | null;
  @ApiProperty({ enum: ROUND_OUTCOMES, nullable: true, description: 'null until concluded' })
  outcome!: RoundOutcome | null;
  @ApiProperty({ type: String, nullable: true })
  summary!: string | null;
  @ApiProperty({ type: String, nullable: true })
  nextSteps!: string | null;
  @ApiProperty()
  inSession!: boolean;
}

@Closed()
export class ActorViewDto {
  @ApiProperty()
  id!: string;
  @ApiProperty()
  name!: string;
  @ApiProperty({ enum: ACTOR_KINDS })
  kind!: ActorKind;
  @ApiProperty({ enum: ACTOR_ROLES })
  role!: ActorRole;
  @ApiProperty({ type: [String] })
  aliases!: readonly string[];
}

@Closed()
export class UltimatumViewDto {
  @ApiProperty()
  ultimatumId!: string;
  @ApiProperty({ description: 'actor id' })
  by!: string;
  @ApiProperty({ type: [String], description: 'actor ids' })
  to!: readonly string[];
  @ApiProperty({ type: [String] })
  demandIds!: readonly string[];
  @ApiProperty()
  issuedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'as recorded' })
  deadline!: string | null;
  @ApiProperty({
    enum: DEADLINE_STATUSES,
    description: 'none: no deadline stated; pending: not yet passed; overdue: passed',
  })
  deadlineStatus!: DeadlineStatus;
  @ApiProperty({ type: Number, nullable: true, description: 'whole days left, rounded up; null unless pending' })
  daysLeft!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'whole days past the deadline; null unless overdue' })
  daysOverdue!: number | null;
  @ApiProperty()
  consequences!: string;
  @ApiProperty({ type: String, nullable: true })
  channel!: string | null;
}

@Closed()
export class CeasefireEndDto {
  @ApiProperty({ enum: CEASEFIRE_END_REASONS })
  reason!: CeasefireEndReason;
  @ApiProperty({ type: String, nullable: true })
  occurredAt!: string | null;
  @ApiProperty({ type: String, nullable: true })
  summary!: string | null;
  @ApiProperty({ description: 'true when a temporary ceasefire ran out (no CeasefireEnded recorded)' })
  inferred!: boolean;
}

@Closed()
export class CeasefireViewDto {
  @ApiProperty({ enum: CEASEFIRE_STATES })
  state!: CeasefireStatus;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the most recently declared ceasefire; null when none was',
  })
  ceasefireId!: string | null;
  @ApiProperty({ type: [String] })
  parties!: readonly string[];
  @ApiProperty({ type: String, nullable: true })
  scope!: string | null;
  @ApiProperty({
    enum: CEASEFIRE_COVERAGES,
    nullable: true,
    description: 'all hostilities, or partial: only what its scope says; null when none was declared',
  })
  coverage!: CeasefireView['coverage'];
  @ApiProperty({ enum: CEASEFIRE_DURATIONS, nullable: true })
  duration!: CeasefireView['duration'];
  @ApiProperty({ type: String, nullable: true })
  until!: string | null;
  @ApiProperty({ type: String, nullable: true })
  declaredAt!: string | null;
  @ApiProperty()
  extensions!: number;
  @ApiProperty({ description: 'violations reported between the declaration and the end (or at)' })
  violations!: number;
  @ApiProperty({ type: String, nullable: true })
  lastViolationAt!: string | null;
  @ApiProperty({ type: CeasefireEndDto, nullable: true, description: 'how it ended; null while it stands' })
  ended!: CeasefireEndDto | null;
}

@Closed()
export class DevelopmentViewDto {
  @ApiProperty()
  eventId!: string;
  @ApiProperty({ enum: EVENT_TYPES })
  type!: EventType;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty()
  summary!: string;
}

@Closed()
export class StatusEscalationDto {
  @ApiProperty()
  modelVersion!: string;
  @ApiProperty({ description: '0–100' })
  index!: number;
  @ApiProperty({ enum: LEVELS })
  level!: LevelNumber;
  @ApiProperty({ enum: LEVEL_NAMES })
  levelName!: LevelName;
  @ApiProperty({ enum: TRENDS })
  trend!: TrendDirection;
  @ApiProperty()
  delta!: number;
}

@Closed()
export class ClosedDto {
  @ApiProperty({ enum: NEGOTIATION_OUTCOMES })
  outcome!: NegotiationOutcome;
  @ApiProperty({ type: String, nullable: true })
  summary!: string | null;
  @ApiProperty()
  occurredAt!: string;
}

@Closed()
export class SuspendedDto {
  @ApiProperty({ type: String, nullable: true, description: 'actor id' })
  by!: string | null;
  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
  @ApiProperty()
  since!: string;
  @ApiProperty({ description: 'paused for a time, by the suspending party\'s own account, not broken off' })
  temporary!: boolean;
}

/** One count per consensus value (`CONSENSUS_VALUES`: `Same` holds the two together). */
@Closed()
export class ConsensusCountsDto {
  @ApiProperty({ type: 'integer' })
  agreed!: number;
  @ApiProperty({ type: 'integer' })
  contested!: number;
  @ApiProperty({ type: 'integer' })
  partial!: number;
  @ApiProperty({ type: 'integer' })
  pending!: number;
}

@Closed()
export class DemandCountsDto {
  @ApiProperty({ type: 'integer' })
  total!: number;
  @ApiProperty({ type: 'integer' })
  open!: number;
  @ApiProperty({ type: 'integer' })
  withdrawn!: number;
  @ApiProperty({
    type: ConsensusCountsDto,
    description: 'open demands by consensus (withdrawn ones are counted apart)',
  })
  byConsensus!: ConsensusCountsDto;
}

@Closed()
export class LatestAgreementDto {
  @ApiProperty()
  agreementId!: string;
  @ApiProperty({ enum: AGREEMENT_KINDS })
  kind!: AgreementKind;
  @ApiProperty()
  occurredAt!: string;
  @ApiProperty({ type: [String], description: 'actor ids' })
  signatories!: readonly string[];
}

@Closed()
export class AgreementViewDto {
  @ApiProperty()
  agreementId!: string;
  @ApiProperty({ enum: AGREEMENT_KINDS })
  kind!: AgreementKind;
  @ApiProperty({ description: 'when it was reached' })
  occurredAt!: string;
  @ApiProperty({ type: [String], description: 'actor ids' })
  signatories!: readonly string[];
  @ApiProperty({
    enum: AGREEMENT_STATUSES,
    nullable: true,
    description:
      'its latest status at `at` (the last AgreementStatusChanged by then, else the status it was reached with); null: agreed and applied, no status recorded',
  })
  status!: AgreementStatus | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "that status in words, said before 'by <actor>' ('text agreed', 'withdrawn from', 'put in force'); null with no status",
  })
  statusText!: string | null;
  @ApiProperty({ description: "when that status began (the agreement's own date when its status never changed)" })
  since!: string;
  @ApiProperty({ type: String, nullable: true, description: 'actor id of whose act the status was, when recorded' })
  by!: string | null;
  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
  @ApiProperty({
    description:
      'being implemented: no status recorded, signed, ratified or in force (not text agreed, initialled, suspended, withdrawn or terminated)',
  })
  implemented!: boolean;
}

@Closed()
export class StatusRoundsDto {
  @ApiProperty({ description: 'rounds that opened (or concluded without a recorded opening)' })
  held!: number;
  @ApiProperty({ type: RoundViewDto, nullable: true })
  last!: RoundViewDto | null;
  @ApiProperty({ type: RoundViewDto, nullable: true })
  next!: RoundViewDto | null;
}

@Closed()
export class ActivePeriodDto {
  @ApiProperty({
    format: 'date',
    description:
      'the day (UTC) of the opening (or the first development), less the margin (5 % of the period, at least 2 days)',
  })
  from!: string;
  @ApiProperty({ format: 'date', description: 'the day (UTC) of the latest development, plus the margin' })
  to!: string;
  @ApiProperty({
    format: 'date',
    description: 'the day (UTC) of the first development (background included), less the margin',
  })
  caseFrom!: string;
}

@Closed()
export class StatusViewDto {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty()
  modelVersion!: string;
  @ApiProperty({ description: 'the date the status is read at (at, or now)', format: 'date-time' })
  at!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: KNOWN_AT_DESCRIPTION })
  knownAt!: string | null;
  @ApiProperty({ type: String, nullable: true })
  title!: string | null;
  @ApiProperty({ type: String, nullable: true })
  subject!: string | null;
  @ApiProperty({ enum: PHASES })
  phase!: Phase;
  @ApiProperty({ type: ClosedDto, nullable: true, description: 'null while open' })
  closed!: ClosedDto | null;
  @ApiProperty({ type: SuspendedDto, nullable: true, description: 'null unless suspended' })
  suspended!: SuspendedDto | null;
  @ApiProperty({ type: StatusRoundsDto })
  rounds!: StatusRoundsDto;
  @ApiProperty({ type: [ActorViewDto] })
  parties!: readonly ActorViewDto[];
  @ApiProperty({ type: [ActorViewDto] })
  mediators!: readonly ActorViewDto[];
  @ApiProperty({
    type: [ActorViewDto],
    description: 'registered actors with any other role (third party, spoiler, opposition, observer)',
  })
  otherActors!: readonly ActorViewDto[];
  @ApiProperty({ type: [UltimatumViewDto], description: 'issued and not resolved, in order of issue' })
  ultimatums!: readonly UltimatumViewDto[];
  @ApiProperty({ type: CeasefireViewDto })
  ceasefire!: CeasefireViewDto;
  @ApiProperty({ type: DemandCountsDto })
  demands!: DemandCountsDto;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'whole days since the last round concluded (or opened); 0 while one is in session; null before any',
  })
  daysSinceLastRound!: number | null;
  @ApiProperty({ type: DevelopmentViewDto, nullable: true })
  latestDevelopment!: DevelopmentViewDto | null;
  @ApiProperty({
    type: ActivePeriodDto,
    nullable: true,
    description:
      'the stretch of time a chart of the negotiation shows by default: its opening to its latest development, with a margin; null before any development',
  })
  activePeriod!: ActivePeriodDto | null;
  @ApiProperty({
    type: [AgreementViewDto],
    description: 'every agreement reached by `at`, in the order reached, with its status then',
  })
  agreements!: readonly AgreementViewDto[];
  @ApiProperty({ type: LatestAgreementDto, nullable: true })
  latestAgreement!: LatestAgreementDto | null;
  @ApiProperty({ type: StatusEscalationDto })
  escalation!: StatusEscalationDto;
}

const _round: Same<RoundViewDto, RoundView> = true;
const _actor: Same<ActorViewDto, ActorView> = true;
const _ultimatum: Same<UltimatumViewDto, UltimatumView> = true;
const _ceasefire: Same<CeasefireViewDto, CeasefireView> = true;
const _development: Same<DevelopmentViewDto, DevelopmentView> = true;
const _escalation: Same<StatusEscalationDto, StatusView['escalation']> = true;
const _rounds: Same<StatusRoundsDto, StatusView['rounds']> = true;
const _period: Same<ActivePeriodDto, ActivePeriod> = true;
const _status: Same<StatusViewDto, StatusView> = true;
const _ended: Same<CeasefireEndDto, NonNullable<CeasefireView['ended']>> = true;
const _closed: Same<ClosedDto, NonNullable<StatusView['closed']>> = true;
const _suspended: Same<SuspendedDto, NonNullable<StatusView['suspended']>> = true;
const _consensus: Same<ConsensusCountsDto, StatusView['demands']['byConsensus']> = true;
const _demands: Same<DemandCountsDto, StatusView['demands']> = true;
const _agreement: Same<LatestAgreementDto, NonNullable<StatusView['latestAgreement']>> = true;
const _agreementView: Same<AgreementViewDto, AgreementView> = true;
export const STATUS_DTO_CHECKS = [
  _round,
  _actor,
  _ultimatum,
  _ceasefire,
  _development,
  _escalation,
  _rounds,
  _period,
  _status,
  _ended,
  _closed,
  _suspended,
  _consensus,
  _demands,
  _agreement,
  _agreementView,
];
