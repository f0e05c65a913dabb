/**
 * Request shapes shared by the envelope and several event types: a source,
 * an actor, a person who speaks for one, a delegation, a contested count.
 * Each mirrors its interface in `@parley/domain` (`implements` keeps them in step).
 */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUrl } from 'class-validator';
import {
  ACTOR_KINDS,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  type Actor,
  type ActorKind,
  type CredibilityGrade,
  type Delegation,
  type Period,
  type Person,
  type Range,
  type ReliabilityGrade,
  type Source,
} from '@parley/domain';
import {
  ActorIdField,
  CountField,
  DayOrInstantField,
  EnumField,
  IsNotBefore,
  IsNotLessThan,
  IsPublishedAt,
  LIMITS,
  MaxChars,
  NameField,
  NestedField,
  NestedListField,
  OptionalField,
  TextField,
  TextListField,
} from './validators';

/** Where a development was reported, with its Admiralty grade. */
export class SourceDto implements Source {
  @TextField({
    description: "The article's or document's title.",
    max: LIMITS.sourceTitle,
    example: 'Pakistan Ready to Resume Talks with Afghanistan Amid Istanbul Dialogue',
  })
  title!: string;

  @NameField({ optional: true, description: 'Who published it.', example: 'Dawn' })
  publisher?: string;

  @OptionalField()
  @IsString()
  @MaxChars(LIMITS.url)
  @IsUrl(
    { require_protocol: true, protocols: ['http', 'https'] },
    { message: '$property must be an http(s) URL with its scheme, e.g. https://www.dawn.com/news/1950026' },
  )
  @ApiPropertyOptional({
    description: 'Link to the source (http or https).',
    format: 'uri',
    maxLength: LIMITS.url,
    example: 'https://www.dawn.com/news/1950026/turkiye-qatar-help-seal-truce-on-western-front',
  })
  url?: string;

  @OptionalField()
  @IsPublishedAt()
  @ApiPropertyOptional({
    description: 'When it was published: YYYY-MM-DD or an ISO date-time with a zone.',
    example: '2025-10-19',
  })
  publishedAt?: string;

  @EnumField(RELIABILITY_GRADES, {
    optional: true,
    description:
      'Admiralty source reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.',
    example: 'B',
  })
  reliability?: ReliabilityGrade;

  @OptionalField()
  @IsInt({ message: '$property must be a whole number from 1 to 6' })
  @IsIn(CREDIBILITY_GRADES, {
    message:
      '$property must be one of 1 (confirmed), 2 (probably true), 3 (possibly true), 4 (doubtful), 5 (improbable), 6 (cannot be judged)',
  })
  @ApiPropertyOptional({
    description:
      'Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.',
    type: 'integer',
    enum: [...CREDIBILITY_GRADES],
    example: 2,
  })
  credibility?: CredibilityGrade;
}

/** An actor with a stable slug id. */
export class ActorDto implements Actor {
  @ActorIdField({ description: 'Stable slug id of the actor.', example: 'afghan-taliban' })
  id!: string;

  @NameField({ description: 'Display name.', example: 'Afghan Taliban (Islamic Emirate of Afghanistan)' })
  name!: string;

  @EnumField(ACTOR_KINDS, { description: 'What kind of actor it is.', example: 'de-facto-authority' })
  kind!: ActorKind;

  @TextListField({
    optional: true,
    max: LIMITS.name,
    description: 'Other names the actor goes by.',
    example: ['Islamic Emirate of Afghanistan', 'IEA'],
  })
  aliases?: string[];
}

/** A person who speaks or negotiates for an actor. */
export class PersonDto implements Person {
  @NameField({ description: "The person's name.", example: 'Khawaja Muhammad Asif' })
  name!: string;

  @NameField({ optional: true, description: 'Office or role.', example: 'Defence Minister of Pakistan' })
  title?: string;

  @ActorIdField({
    description: 'The actor this person speaks for; must be registered in the negotiation.',
    example: 'pakistan',
  })
  actorId!: string;
}

/** One party's delegation to a round. */
export class DelegationDto implements Delegation {
  @ActorIdField({ description: 'The actor the delegation represents.', example: 'pakistan' })
  actorId!: string;

  @NestedField(() => PersonDto, { optional: true, description: 'Head of the delegation.' })
  head?: PersonDto;

  @NestedListField(() => PersonDto, { optional: true, description: 'Other members.' })
  members?: PersonDto[];
}

/** The span of time a count covers (UNAMA's quarterly figures). */
export class PeriodDto implements Period {
  @DayOrInstantField({
    description: 'First day (or instant) covered: YYYY-MM-DD or an ISO date-time with a zone.',
    example: '2025-10-01',
  })
  from!: string;

  @DayOrInstantField({ description: 'Last day (or instant) covered; not before `from`.', example: '2025-12-31' })
  @IsNotBefore('from')
  to!: string;
}

/** A contested count: claims conflict (23 vs 58), so a range; `min === max` when undisputed. */
export class RangeDto implements Range {
  @CountField({ description: 'The lowest credible figure.', example: 23 })
  min!: number;

  @CountField({ description: 'The highest credible figure; not less than `min`.', example: 58 })
  @IsNotLessThan('min')
  max!: number;
}
