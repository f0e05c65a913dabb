/**
 * The OpenAPI description of `GET /negotiations` (the portfolio). Each class
 * implements the projection's type and is checked equal to it both ways
 * (`Same`), so a field added there and not here (or here and not there) is a
 * compile error; enums and windows come from the projection's constants.
 */
import type { Query } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import {
  DEADLINE_KINDS,
  LEVEL_DIRECTIONS,
  CEASEFIRE_STATES,
  DEADLINE_STATUSES,
  PHASES,
  PORTFOLIO_SORTS,
  PORTFOLIO_WINDOWS,
  type Deadline,
  type DeadlineKind,
  type DeadlineStatus,
  type LevelChange,
  type LevelDirection,
  type LevelNumber,
  type PortfolioEntry,
  type PortfolioSort,
  type PortfolioUltimatum,
  type StatusView,
} from '@parley/projections';
import { CEASEFIRE_COVERAGES } from '@parley/domain';
import { Closed, type Same } from '../../shared/same';
import { ActivePeriodDto } from './status.dto';
import type { ListNegotiationsQuery } from '../queries';
import { DevelopmentViewDto, StatusEscalationDto } from './status.dto';

const LEVELS = [1, 2, 3, 4, 5];

@Closed()
export class LevelChangeDto implements LevelChange {
  @ApiProperty({
    description: 'the window, in days: the level at `at` is compared with the level `days` before',
    enum: [...PORTFOLIO_WINDOWS.directionDays],
  })
  days!: number;
  @ApiProperty({ description: 'the escalation level then', enum: LEVELS })
  levelBefore!: LevelNumber;
  @ApiProperty({
    description: 'as CrisisWatch reports it: the level now above the level then, below it, or the same',
    enum: LEVEL_DIRECTIONS,
  })
  direction!: LevelDirection;
}

@Closed()
export class PortfolioUltimatumDto implements PortfolioUltimatum {
  @ApiProperty()
  ultimatumId!: string;
  @ApiProperty({ description: 'who issued it to whom, by name', example: 'Pakistan to Afghan Taliban government' })
  text!: string;
  @ApiProperty({ type: String, nullable: true, description: 'as recorded' })
  deadline!: string | null;
  @ApiProperty({ enum: DEADLINE_STATUSES })
  deadlineStatus!: DeadlineStatus;
  @ApiProperty({ type: Number, nullable: true, description: 'whole days left, rounded up; null unless pending' })
  daysLeft!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'whole days past the deadline; null unless overdue' })
  daysOverdue!: number | null;
}

@Closed()
export class DeadlineDto implements Deadline {
  @ApiProperty({ enum: DEADLINE_KINDS })
  kind!: DeadlineKind;
  @ApiProperty({ description: "the ultimatum's or the ceasefire's id" })
  id!: string;
  @ApiProperty({ description: 'the date as recorded (a day or an instant)' })
  due!: string;
  @ApiProperty({ description: 'whole days left, rounded up' })
  daysLeft!: number;
  @ApiProperty({ example: 'Ceasefire between Pakistan and Afghan Taliban government expires' })
  text!: string;
}

@Closed()
export class PortfolioEntryDto implements PortfolioEntry {
  @ApiProperty()
  negotiationId!: string;
  @ApiProperty({ type: String, nullable: true })
  title!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "the opening's occurredAt as recorded (a day or an instant): where the negotiation's active period starts; null if its opening is not recorded",
  })
  openedAt!: string | null;
  @ApiProperty({
    type: ActivePeriodDto,
    nullable: true,
    description: "the stretch of time its chart shows by default: the status view's",
  })
  activePeriod!: ActivePeriodDto | null;
  @ApiProperty({ enum: PHASES })
  phase!: StatusView['phase'];
  @ApiProperty({ type: StatusEscalationDto, description: 'as in the status view' })
  escalation!: StatusEscalationDto;
  @ApiProperty()
  roundsHeld!: number;
  @ApiProperty({ description: 'how many ultimatums are issued and not resolved' })
  activeUltimatums!: number;
  @ApiProperty({ enum: CEASEFIRE_STATES })
  ceasefire!: StatusView['ceasefire']['state'];
  @ApiProperty({
    enum: CEASEFIRE_COVERAGES,
    nullable: true,
    description: "the ceasefire's coverage, as in the status view: partial when it covers only part of the hostilities",
  })
  ceasefireCoverage!: StatusView['ceasefire']['coverage'];
  @ApiProperty({ type: DevelopmentViewDto, nullable: true })
  latestDevelopment!: DevelopmentViewDto | null;
  @ApiProperty({
    type: [LevelChangeDto],
    description: `the level's direction over the last ${PORTFOLIO_WINDOWS.directionDays.join(' and ')} days, shortest window first`,
  })
  levelChanges!: readonly LevelChangeDto[];
  @ApiProperty({ type: [PortfolioUltimatumDto], description: 'issued and not resolved, in order of issue' })
  ultimatums!: readonly PortfolioUltimatumDto[];
  @ApiProperty({
    type: [DeadlineDto],
    description: `ultimatum deadlines and ceasefire expiries within ${PORTFOLIO_WINDOWS.dueWithinDays} days, soonest first`,
  })
  deadlines!: readonly DeadlineDto[];
}

@Closed()
export class NegotiationListDto {
  @ApiProperty({ description: 'the global position the views include' })
  position!: number;
  @ApiProperty({ description: 'the date the list shows (at, or now)', format: 'date-time' })
  at!: string;
  @ApiProperty({
    description: 'what was known: the knownAt instant (recorded by then), or null for all recorded',
    format: 'date-time',
    nullable: true,
    type: String,
  })
  knownAt!: string | null;
  @ApiProperty({ enum: PORTFOLIO_SORTS })
  sort!: PortfolioSort;
  @ApiProperty({ type: [PortfolioEntryDto] })
  negotiations!: PortfolioEntryDto[];
}

type PortfolioList = ListNegotiationsQuery extends Query<infer R> ? R : never;
const _levelChange: Same<LevelChangeDto, LevelChange> = true;
const _ultimatum: Same<PortfolioUltimatumDto, PortfolioUltimatum> = true;
const _deadline: Same<DeadlineDto, Deadline> = true;
const _entry: Same<PortfolioEntryDto, PortfolioEntry> = true;
const _list: Same<NegotiationListDto, PortfolioList> = true;
export const PORTFOLIO_DTO_CHECKS = [_levelChange, _ultimatum, _deadline, _entry, _list];
