/**
 * The OpenAPI description of `GET /negotiations` (the portfolio). Each class
 * implements the projection's type, so a field added there and not here is a
 * compile error; enums and windows come from the projection's constants.
 */
import { ApiProperty } from '@nestjs/swagger';
import {
  DEADLINE_KINDS,
  LEVEL_DIRECTIONS,
  PHASES,
  PORTFOLIO_SORTS,
  PORTFOLIO_WINDOWS,
  type Deadline,
  type DeadlineKind,
  type LevelChange,
  type LevelDirection,
  type LevelNumber,
  type PortfolioEntry,
  type PortfolioSort,
  type PortfolioUltimatum,
  type StatusView,
} from '@parley/projections';

const LEVELS = [1, 2, 3, 4, 5];

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

export class PortfolioUltimatumDto implements PortfolioUltimatum {
  @ApiProperty()
  ultimatumId!: string;
  @ApiProperty({ description: 'who issued it to whom, by name', example: 'Pakistan to Afghan Taliban government' })
  text!: string;
  @ApiProperty({ type: String, nullable: true, description: 'as recorded' })
  deadline!: string | null;
  @ApiProperty({ enum: ['none', 'pending', 'overdue'] })
  deadlineStatus!: 'none' | 'pending' | 'overdue';
  @ApiProperty({ type: Number, nullable: true, description: 'whole days left, rounded up; null unless pending' })
  daysLeft!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'whole days past the deadline; null unless overdue' })
  daysOverdue!: number | null;
}

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
  @ApiProperty({ enum: PHASES })
  phase!: StatusView['phase'];
  @ApiProperty({
    type: Object,
    description: '{ modelVersion, index (0–100), level (1–5), levelName, trend, delta }: as in the status view',
  })
  escalation!: StatusView['escalation'];
  @ApiProperty()
  roundsHeld!: number;
  @ApiProperty({ description: 'how many ultimatums are issued and not resolved' })
  activeUltimatums!: number;
  @ApiProperty({ enum: ['none', 'in-force', 'violated', 'ended'] })
  ceasefire!: StatusView['ceasefire']['state'];
  @ApiProperty({ type: Object, nullable: true, description: '{ eventId, type, occurredAt, summary }' })
  latestDevelopment!: StatusView['latestDevelopment'];
  @ApiProperty({
    type: [LevelChangeDto],
    description: `the level's direction over the last ${PORTFOLIO_WINDOWS.directionDays.join(' and ')} days, shortest window first`,
  })
  levelChanges!: LevelChangeDto[];
  @ApiProperty({ type: [PortfolioUltimatumDto], description: 'issued and not resolved, in order of issue' })
  ultimatums!: PortfolioUltimatumDto[];
  @ApiProperty({
    type: [DeadlineDto],
    description: `ultimatum deadlines and ceasefire expiries within ${PORTFOLIO_WINDOWS.dueWithinDays} days, soonest first`,
  })
  deadlines!: DeadlineDto[];
}

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
