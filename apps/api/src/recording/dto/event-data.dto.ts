/**
 * `data` of each recordable event type, as request DTOs. One class per type in
 * the catalogue (`libs/domain/src/events.ts`), field for field: required and
 * optional as there, enums from its constant arrays. `implements` checks the
 * types; `_DataDtosMirrorCatalogue` below checks that no field is missing or extra.
 *
 * What the edge checks is shape; whether ids exist in the negotiation, a round
 * concludes once and the like are the domain's rules (422), not these.
 */
import { ApiExtraModels, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ValidateBy, type ValidationArguments } from 'class-validator';
import {
  ACTOR_ROLES,
  AGREEMENT_KINDS,
  CEASEFIRE_DURATIONS,
  CEASEFIRE_END_REASONS,
  DEMAND_CATEGORIES,
  ENGAGEMENT_KINDS,
  EVENT_TYPES,
  INCIDENT_KINDS,
  MEDIATION_ACTIONS,
  NEGOTIATION_OUTCOMES,
  PRECISIONS,
  ROUND_FORMATS,
  ROUND_OUTCOMES,
  STANCES,
  TONES,
  ULTIMATUM_RESOLUTIONS,
  type ActorRegistered,
  type ActorRole,
  type AgreementKind,
  type AgreementReached,
  type CeasefireDeclared,
  type CeasefireDuration,
  type CeasefireEndReason,
  type CeasefireEnded,
  type CeasefireExtended,
  type CeasefireViolationReported,
  type CorrectionChanges,
  type DemandAmended,
  type DemandCategory,
  type DemandTabled,
  type DemandWithdrawn,
  type EngagementKind,
  type EventCorrected,
  type EventDataByType,
  type EventRetracted,
  type EventType,
  type IncidentKind,
  type IncidentReported,
  type MediationAction,
  type MediationActionKind,
  type NegotiationClosed,
  type NegotiationOutcome,
  type PositionTaken,
  type Precision,
  type RoundFormat,
  type RoundOutcome,
  type Stance,
  type StatementMade,
  type TalksResumed,
  type TalksRoundCancelled,
  type TalksRoundConcluded,
  type TalksRoundOpened,
  type TalksRoundPostponed,
  type TalksRoundScheduled,
  type TalksSuspended,
  type ThirdPartyEngagement,
  type Tone,
  type UltimatumIssued,
  type UltimatumResolution,
  type UltimatumResolved,
} from '@parley/domain';
import { ActorDto, DelegationDto, PeriodDto, PersonDto, RangeDto, SourceDto } from './common.dto';
import {
  ActorIdField,
  ActorIdsField,
  BooleanField,
  DateField,
  EntityIdField,
  EntityIdsField,
  EnumField,
  EventRefField,
  FitsDateForm,
  CameoField,
  IsFreeObject,
  LIMITS,
  NameField,
  NestedField,
  NestedListField,
  OptionalField,
  TextField,
  TextListField,
} from './validators';

/** Every type but `NegotiationOpened`, which `POST /negotiations` records. */
export type RecordableEventType = Exclude<EventType, 'NegotiationOpened'>;
export const RECORDABLE_EVENT_TYPES = EVENT_TYPES.filter((t): t is RecordableEventType => t !== 'NegotiationOpened');

export function isRecordableEventType(value: unknown): value is RecordableEventType {
  return typeof value === 'string' && (RECORDABLE_EVENT_TYPES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------
// Process
// ---------------------------------------------------------------------------

export class ActorRegisteredDataDto implements ActorRegistered {
  @NestedField(() => ActorDto, { description: 'The actor that joins the picture.' })
  actor!: ActorDto;

  @EnumField(ACTOR_ROLES, { description: 'Its role in this negotiation.', example: 'mediator' })
  role!: ActorRole;
}

export class TalksRoundScheduledDataDto implements TalksRoundScheduled {
  @EntityIdField('round', { description: 'Id of the round, chosen by the analyst.', example: 'istanbul-3' })
  roundId!: string;

  @NameField({ description: 'Label of the round.', example: 'Istanbul round 3 (principal level)' })
  label!: string;

  @EnumField(ROUND_FORMATS, {
    optional: true,
    description: 'How it is held: formal, informal or technical.',
    example: 'formal',
  })
  format?: RoundFormat;

  @NameField({ optional: true, description: 'Where it will be held.', example: 'Istanbul' })
  venue?: string;

  @ActorIdsField({ optional: true, description: 'Host and mediators (actor ids).', example: ['turkiye', 'qatar'] })
  hosts?: string[];

  @DateField({ description: 'The planned date; unlike `occurredAt` it may lie in the future.', example: '2025-11-06' })
  plannedFor!: string;
}

export class TalksRoundOpenedDataDto implements TalksRoundOpened {
  @EntityIdField('round', { description: 'Id of the round (a scheduled one, or a new one).', example: 'doha-1' })
  roundId!: string;

  @NameField({
    optional: true,
    description: 'Required by the domain when the round was not scheduled first: opening then creates it.',
    example: 'Doha round',
  })
  label?: string;

  @EnumField(ROUND_FORMATS, {
    optional: true,
    description: 'How it is held: formal, informal or technical.',
    example: 'formal',
  })
  format?: RoundFormat;

  @NameField({ optional: true, description: 'Where it is held.', example: 'Doha' })
  venue?: string;

  @ActorIdsField({ optional: true, description: 'Host and mediators (actor ids).', example: ['qatar', 'turkiye'] })
  hosts?: string[];

  @NestedListField(() => DelegationDto, {
    optional: true,
    uniqueKey: 'actorId',
    uniqueWhat: 'a delegation of actor',
    description: 'One delegation per party.',
  })
  delegations?: DelegationDto[];
}

export class TalksRoundConcludedDataDto implements TalksRoundConcluded {
  @EntityIdField('round', { description: 'The round that ended.', example: 'istanbul-2' })
  roundId!: string;

  @EnumField(ROUND_OUTCOMES, { description: 'How it ended.', example: 'no-progress' })
  outcome!: RoundOutcome;

  @TextField({
    optional: true,
    description: 'What came of it.',
    example: 'The dialogue failed to bring about any workable solution.',
  })
  summary?: string;

  @TextField({
    optional: true,
    description: 'What was agreed to happen next.',
    example: 'Principal-level meeting in Istanbul on 6 November to settle ceasefire modalities.',
  })
  nextSteps?: string;
}

export class TalksRoundPostponedDataDto implements TalksRoundPostponed {
  @EntityIdField('round', { description: 'The round put off.', example: 'istanbul-3' })
  roundId!: string;

  @TextField({ optional: true, description: 'Why.', example: 'Delegations not yet confirmed.' })
  reason?: string;

  @DateField({ optional: true, description: 'The new planned date, when one was given.', example: '2025-11-06' })
  plannedFor?: string;
}

export class TalksRoundCancelledDataDto implements TalksRoundCancelled {
  @EntityIdField('round', { description: 'The round called off.', example: 'round-4' })
  roundId!: string;

  @TextField({
    optional: true,
    description: 'Why.',
    example: 'No plan for a fourth round after the Istanbul talks ended in deadlock.',
  })
  reason?: string;
}

export class TalksSuspendedDataDto implements TalksSuspended {
  @ActorIdField({ description: 'Actor id of who suspended the talks.', example: 'pakistan' })
  by!: string;

  @TextField({
    optional: true,
    description: 'Why.',
    example: "'Negotiations are over … entered an indefinite phase' (Khawaja Asif).",
  })
  reason?: string;
}

export class TalksResumedDataDto implements TalksResumed {
  @ActorIdField({ optional: true, description: 'Actor id of who resumed the talks.', example: 'pakistan' })
  by?: string;

  @TextField({ optional: true, description: 'Why.', example: 'At the request of mediators Türkiye and Qatar.' })
  reason?: string;
}

export class AgreementReachedDataDto implements AgreementReached {
  @EntityIdField('agreement', { description: 'Id of the agreement.', example: 'doha-ceasefire-agreement' })
  agreementId!: string;

  @EnumField(AGREEMENT_KINDS, { description: 'What kind of agreement.', example: 'ceasefire' })
  kind!: AgreementKind;

  @TextListField({
    description: 'Its provisions as reported (may be empty when the text is not public and nothing was reported).',
    example: ['Immediate ceasefire', 'Mechanisms to consolidate lasting peace', 'Follow-up meetings'],
  })
  provisions!: string[];

  @ActorIdsField({ min: 1, description: 'Actor ids of the signatories.', example: ['pakistan', 'afghan-taliban'] })
  signatories!: string[];

  @BooleanField({ description: 'Whether the text is public.', example: false })
  textPublic!: boolean;

  @EntityIdField('round', { optional: true, description: 'The round it came out of.', example: 'doha-1' })
  roundId?: string;
}

export class NegotiationClosedDataDto implements NegotiationClosed {
  @EnumField(NEGOTIATION_OUTCOMES, { description: 'The final outcome.', example: 'collapsed' })
  outcome!: NegotiationOutcome;

  @TextField({ optional: true, description: 'How it ended.', example: 'Talks ended without a written agreement.' })
  summary?: string;
}

// ---------------------------------------------------------------------------
// Substance
// ---------------------------------------------------------------------------

export class DemandTabledDataDto implements DemandTabled {
  @EntityIdField('demand', { description: 'Id of the demand, chosen by the analyst.', example: 'handover-ttp-leaders' })
  demandId!: string;

  @ActorIdField({ description: 'Actor id of the proposer.', example: 'pakistan' })
  by!: string;

  @ActorIdsField({ min: 1, description: 'Actor ids the demand is addressed to.', example: ['afghan-taliban'] })
  addressedTo!: string[];

  @TextField({
    description: 'The demand.',
    example: 'Transfer of key militant figures wanted for major attacks in Pakistan.',
  })
  text!: string;

  @EnumField(DEMAND_CATEGORIES, { description: 'What it is about.', example: 'security' })
  category!: DemandCategory;
}

export class DemandAmendedDataDto implements DemandAmended {
  @EntityIdField('demand', { description: 'The demand amended.', example: 'act-against-ttp' })
  demandId!: string;

  @TextField({
    optional: true,
    description: 'The new text.',
    example: 'Concrete and verifiable action against the TTP operating from Afghan soil.',
  })
  text?: string;

  @EnumField(DEMAND_CATEGORIES, { optional: true, description: 'The new category.', example: 'security' })
  category?: DemandCategory;

  @ActorIdsField({
    optional: true,
    min: 1,
    description: 'The new addressees (actor ids).',
    example: ['afghan-taliban'],
  })
  addressedTo?: string[];

  @TextField({
    optional: true,
    description: 'Why it changed.',
    example: "Pakistan's 'final position' at the Istanbul talks.",
  })
  reason?: string;
}

export class DemandWithdrawnDataDto implements DemandWithdrawn {
  @EntityIdField('demand', { description: 'The demand withdrawn.', example: 'buffer-zone' })
  demandId!: string;

  @TextField({ optional: true, description: 'Why.', example: 'Dropped from the agenda.' })
  reason?: string;
}

export class PositionTakenDataDto implements PositionTaken {
  @EntityIdField('demand', { description: 'The demand the stance is on.', example: 'handover-ttp-leaders' })
  demandId!: string;

  @ActorIdField({ description: 'The actor whose stance this is.', example: 'afghan-taliban' })
  actorId!: string;

  @EnumField(STANCES, {
    description:
      'The stance: `accepted-in-principle` e.g. "agreed verbally, refused in writing"; `ambiguous` e.g. "some flexibility".',
    example: 'rejected',
  })
  stance!: Stance;

  @TextField({
    optional: true,
    description: 'Conditions attached to the stance.',
    example: 'Only if Pakistan halts its strikes on Afghan territory.',
  })
  conditions?: string;

  @TextField({
    optional: true,
    description: 'A quote that shows the stance.',
    example:
      "Afghanistan's Taliban government has pushed back against these demands, particularly the proposals concerning the handover of TTP militants and the creation of a buffer zone near the border.",
  })
  quote?: string;

  @NestedField(() => PersonDto, { optional: true, description: 'Who voiced it.' })
  speaker?: PersonDto;
}

export class UltimatumIssuedDataDto implements UltimatumIssued {
  @EntityIdField('ultimatum', { description: 'Id of the ultimatum.', example: 'final-message' })
  ultimatumId!: string;

  @ActorIdField({ description: 'Actor id of who issued it.', example: 'pakistan' })
  by!: string;

  @ActorIdsField({ min: 1, description: 'Actor ids it is addressed to.', example: ['afghan-taliban'] })
  to!: string[];

  @EntityIdsField('demand', {
    description: 'Demand ids the ultimatum enforces (may be empty).',
    example: ['act-against-ttp', 'handover-ttp-leaders'],
  })
  demandIds!: string[];

  @DateField({
    optional: true,
    description: 'The deadline, when one was stated ("final message" ultimatums may have none).',
    example: '2025-11-30',
  })
  deadline?: string;

  @TextField({
    description: 'What was threatened.',
    example: 'Pakistani support for alternative political forces capable of challenging the regime in Kabul.',
  })
  consequences!: string;

  @NameField({ optional: true, description: 'How it was conveyed.', example: 'via Turkish mediators' })
  channel?: string;
}

export class UltimatumResolvedDataDto implements UltimatumResolved {
  @EntityIdField('ultimatum', { description: 'The ultimatum resolved.', example: 'final-message' })
  ultimatumId!: string;

  @EnumField(ULTIMATUM_RESOLUTIONS, { description: 'How it was resolved.', example: 'rejected' })
  resolution!: UltimatumResolution;

  @TextField({
    optional: true,
    description: 'What happened.',
    example: 'Kabul called the demands an attempt to shift responsibility for Pakistan’s security.',
  })
  summary?: string;
}

export class StatementMadeDataDto implements StatementMade {
  @NestedField(() => PersonDto, { description: 'Who spoke, and for which actor.' })
  speaker!: PersonDto;

  @NameField({
    optional: true,
    description: 'Whom it is aimed at: an actor id, or free text such as "domestic audience".',
    example: 'afghan-taliban',
  })
  audience?: string;

  @EnumField(TONES, { description: 'Its tone.', example: 'military-threat' })
  tone!: Tone;

  @TextField({
    description: 'What was said, in a sentence.',
    example: 'Asif warns that Pakistan could obliterate the Taliban regime if tensions escalate.',
  })
  summary!: string;

  @TextField({
    optional: true,
    description: 'The words used.',
    example: 'does not need to use even a fraction of its full arsenal to completely obliterate the Taliban regime',
  })
  quote?: string;
}

// ---------------------------------------------------------------------------
// Ground truth around the table
// ---------------------------------------------------------------------------

export class CeasefireDeclaredDataDto implements CeasefireDeclared {
  @EntityIdField('ceasefire', { description: 'Id of the ceasefire.', example: 'truce-48h' })
  ceasefireId!: string;

  @ActorIdsField({ min: 1, description: 'Actor ids bound by it.', example: ['pakistan', 'afghan-taliban'] })
  parties!: string[];

  @TextField({ optional: true, description: 'Where or what it covers.', example: 'The Afghanistan–Pakistan border' })
  scope?: string;

  @EnumField(CEASEFIRE_DURATIONS, {
    description: 'Temporary, indefinite, or until the talks it serves conclude.',
    example: 'temporary',
  })
  duration!: CeasefireDuration;

  @DateField({
    optional: true,
    description: 'For a temporary ceasefire, when it lapses, if stated.',
    example: '2025-10-17T18:00:00+05:00',
  })
  until?: string;

  @ActorIdsField({ optional: true, description: 'Actor ids of the mediators.', example: ['qatar', 'turkiye'] })
  mediatedBy?: string[];
}

export class CeasefireExtendedDataDto implements CeasefireExtended {
  @EntityIdField('ceasefire', { description: 'The ceasefire extended.', example: 'truce-48h' })
  ceasefireId!: string;

  @EnumField(CEASEFIRE_DURATIONS, { optional: true, description: 'The new duration.', example: 'temporary' })
  duration?: CeasefireDuration;

  @DateField({ optional: true, description: 'The new end, if stated.', example: '2025-10-19' })
  until?: string;

  @TextField({
    optional: true,
    description: 'Terms of the extension.',
    example: 'Extended until the conclusion of the Doha talks.',
  })
  terms?: string;
}

export class CeasefireViolationReportedDataDto implements CeasefireViolationReported {
  @EntityIdField('ceasefire', { description: 'The ceasefire violated.', example: 'truce-48h' })
  ceasefireId!: string;

  @ActorIdField({ description: 'Actor id of who alleges the violation.', example: 'afghan-taliban' })
  allegedBy!: string;

  @ActorIdField({ description: 'Actor id of the alleged violator.', example: 'pakistan' })
  against!: string;

  @NestedField(() => RangeDto, {
    optional: true,
    description: 'Casualties as a range (claims conflict).',
    example: { min: 8, max: 17 },
  })
  casualties?: RangeDto;

  @NestedField(() => RangeDto, { optional: true, description: 'Injured, as a range.', example: { min: 5, max: 5 } })
  injured?: RangeDto;

  @NestedField(() => RangeDto, {
    optional: true,
    description: 'How many of `casualties` were civilians; its `max` not above `casualties.max`.',
    example: { min: 8, max: 10 },
  })
  civilianFatalities?: RangeDto;

  @TextField({
    optional: true,
    description: 'What happened.',
    example: 'Airstrikes in Urgun and Barmal, Paktika, kill civilians including three local cricketers.',
  })
  description?: string;
}

export class CeasefireEndedDataDto implements CeasefireEnded {
  @EntityIdField('ceasefire', { description: 'The ceasefire ended.', example: 'truce-48h' })
  ceasefireId!: string;

  @EnumField(CEASEFIRE_END_REASONS, { description: 'Why it ended.', example: 'superseded' })
  reason!: CeasefireEndReason;

  @TextField({ optional: true, description: 'What happened.', example: 'Superseded by the Doha ceasefire agreement.' })
  summary?: string;
}

export class IncidentReportedDataDto implements IncidentReported {
  @EntityIdField('incident', { description: 'Id of the incident.', example: 'border-clash-2025-10-11' })
  incidentId!: string;

  @EnumField(INCIDENT_KINDS, { description: 'What kind of incident.', example: 'clash' })
  kind!: IncidentKind;

  @ActorIdField({
    optional: true,
    description: 'Actor id of the perpetrator, as alleged (see `allegedBy`).',
    example: 'afghan-taliban',
  })
  perpetrator?: string;

  @ActorIdField({ optional: true, description: 'Actor id of who makes the allegation.', example: 'pakistan' })
  allegedBy?: string;

  @ActorIdField({
    optional: true,
    description: 'Actor id the act was aimed at (the other side of the pair).',
    example: 'pakistan',
  })
  against?: string;

  @ActorIdField({
    optional: true,
    description:
      'Actor id `allegedBy` holds responsible besides the perpetrator (Pakistan blaming the Afghan Taliban for sheltering the TTP).',
    example: 'afghan-taliban',
  })
  blamedOn?: string;

  @NameField({
    optional: true,
    description: 'Free text: "Pakistani border posts", "Afghan civilians".',
    example: 'Pakistani border posts',
  })
  target?: string;

  @NameField({
    optional: true,
    description: 'Where.',
    example: 'Angoor Adda, Bajaur, Kurram, Dir, Chitral, Bahram Chah',
  })
  place?: string;

  @NestedField(() => RangeDto, {
    optional: true,
    description: 'Fatalities as a range (claims conflict: 23 vs 58).',
    example: { min: 23, max: 58 },
  })
  fatalities?: RangeDto;

  @NestedField(() => RangeDto, { optional: true, description: 'Injured, as a range.', example: { min: 29, max: 29 } })
  injured?: RangeDto;

  @NestedField(() => RangeDto, {
    optional: true,
    description: 'How many of `fatalities` were civilians; its `max` not above `fatalities.max`.',
    example: { min: 0, max: 0 },
  })
  civilianFatalities?: RangeDto;

  @NestedField(() => PeriodDto, {
    optional: true,
    description: 'The span the counts cover: required when `kind` is `casualty-report`, refused otherwise.',
  })
  period?: PeriodDto;

  @TextField({
    description: 'What happened.',
    example: 'Taliban forces attack Pakistani border posts; ISPR reports 23 soldiers killed, the Taliban claim 58.',
  })
  description!: string;
}

export class MediationActionDataDto implements MediationAction {
  @ActorIdField({ description: 'Actor id of the mediator.', example: 'turkiye' })
  mediator!: string;

  @EnumField(MEDIATION_ACTIONS, { description: 'What the mediator did.', example: 'offered' })
  action!: MediationActionKind;

  @TextField({
    description: 'In a sentence.',
    example: 'Erdoğan announces that Fidan, Güler and Kalın will visit Islamabad to make the ceasefire sustainable.',
  })
  summary!: string;
}

export class ThirdPartyEngagementDataDto implements ThirdPartyEngagement {
  @ActorIdField({ description: 'Actor id of who engages.', example: 'afghan-taliban' })
  actorId!: string;

  @ActorIdsField({ min: 1, description: 'Actor ids of who is engaged with.', example: ['india'] })
  counterparts!: string[];

  @EnumField(ENGAGEMENT_KINDS, { description: 'What kind of engagement.', example: 'visit' })
  kind!: EngagementKind;

  @TextField({
    description: 'In a sentence.',
    example:
      'Foreign Minister Amir Khan Muttaqi arrives in New Delhi, the first Taliban foreign-minister visit to India.',
  })
  summary!: string;
}

// ---------------------------------------------------------------------------
// Corrections
// ---------------------------------------------------------------------------

const CHANGE_KEYS = ['occurredAt', 'precision', 'sources', 'cameo', 'note', 'occurrence', 'data'] as const;

/** A correction must replace something. Non-objects are left to `IsObject`. */
function NamesSomeChange(): PropertyDecorator {
  return ValidateBy({
    name: 'namesSomeChange',
    validator: {
      validate: (value: unknown) =>
        value === null ||
        typeof value !== 'object' ||
        Array.isArray(value) ||
        CHANGE_KEYS.some((k) => (value as Record<string, unknown>)[k] !== undefined),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'changes'} must name at least one field to replace: ${CHANGE_KEYS.join(', ')}`,
    },
  });
}

/** Fields of an earlier event a correction replaces. `data` is merged shallowly; the domain checks its keys against the target's type. */
export class CorrectionChangesDto implements CorrectionChanges {
  @DateField({ optional: true, description: 'Corrected date.', example: '2025-10-17' })
  occurredAt?: string;

  @FitsDateForm('occurredAt')
  @EnumField(PRECISIONS, { optional: true, description: 'Corrected precision.', example: 'day' })
  precision?: Precision;

  @NestedListField(() => SourceDto, {
    optional: true,
    min: 1,
    max: LIMITS.sources,
    description: 'The sources, replacing the old list (1–20).',
  })
  sources?: SourceDto[];

  @CameoField({ optional: true, description: 'Corrected CAMEO code.', example: '195' })
  cameo?: string;

  @TextField({
    optional: true,
    description: 'Corrected note.',
    example: 'UNAMA: 11 civilians killed in the 17 October Paktika strike.',
  })
  note?: string;

  @EntityIdField('occurrence', {
    optional: true,
    description: 'Corrected occurrence key (developments reporting one occurrence share it).',
    example: 'doha-agreement-2025-10-19',
  })
  occurrence?: string;

  @OptionalField()
  @IsFreeObject(LIMITS.correctionDataKeys)
  @ApiPropertyOptional({
    description: `Fields of the target's \`data\` to replace (shallow merge), at most ${LIMITS.correctionDataKeys}. Keys must be fields of the target's type.`,
    type: 'object',
    additionalProperties: true,
    example: { fatalities: { min: 8, max: 17 } },
  })
  data?: Record<string, unknown>;
}

export class EventCorrectedDataDto implements EventCorrected {
  @EventRefField({ description: 'The event corrected.', example: '6f1c2b9e-8d3a-4f5e-9b7c-1a2d3e4f5a6b' })
  eventId!: string;

  @NestedField(() => CorrectionChangesDto, { description: 'What to replace.' })
  @NamesSomeChange()
  changes!: CorrectionChangesDto;

  @TextField({
    description: 'Why.',
    example: 'UNAMA put the toll at 11 civilians; the first reports varied from 8 to 17.',
  })
  reason!: string;
}

export class EventRetractedDataDto implements EventRetracted {
  @EventRefField({ description: 'The event withdrawn.', example: '6f1c2b9e-8d3a-4f5e-9b7c-1a2d3e4f5a6b' })
  eventId!: string;

  @TextField({ description: 'Why.', example: 'Recorded in the wrong negotiation.' })
  reason!: string;
}

// ---------------------------------------------------------------------------
// The map, and what OpenAPI needs of it
// ---------------------------------------------------------------------------

/** type → the DTO its `data` is validated against. */
export const DATA_DTO_BY_TYPE = {
  ActorRegistered: ActorRegisteredDataDto,
  TalksRoundScheduled: TalksRoundScheduledDataDto,
  TalksRoundOpened: TalksRoundOpenedDataDto,
  TalksRoundConcluded: TalksRoundConcludedDataDto,
  TalksRoundPostponed: TalksRoundPostponedDataDto,
  TalksRoundCancelled: TalksRoundCancelledDataDto,
  TalksSuspended: TalksSuspendedDataDto,
  TalksResumed: TalksResumedDataDto,
  AgreementReached: AgreementReachedDataDto,
  NegotiationClosed: NegotiationClosedDataDto,
  DemandTabled: DemandTabledDataDto,
  DemandAmended: DemandAmendedDataDto,
  DemandWithdrawn: DemandWithdrawnDataDto,
  PositionTaken: PositionTakenDataDto,
  UltimatumIssued: UltimatumIssuedDataDto,
  UltimatumResolved: UltimatumResolvedDataDto,
  StatementMade: StatementMadeDataDto,
  CeasefireDeclared: CeasefireDeclaredDataDto,
  CeasefireExtended: CeasefireExtendedDataDto,
  CeasefireViolationReported: CeasefireViolationReportedDataDto,
  CeasefireEnded: CeasefireEndedDataDto,
  IncidentReported: IncidentReportedDataDto,
  MediationAction: MediationActionDataDto,
  ThirdPartyEngagement: ThirdPartyEngagementDataDto,
  EventCorrected: EventCorrectedDataDto,
  EventRetracted: EventRetractedDataDto,
} as const satisfies Record<RecordableEventType, new () => object>;

/** Compile-time check: each DTO has exactly the fields of its catalogue type. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Mirrors = { [T in RecordableEventType]: SameKeys<InstanceType<(typeof DATA_DTO_BY_TYPE)[T]>, EventDataByType[T]> };
type _DataDtosMirrorCatalogue = Mirrors extends { [T in RecordableEventType]: true } ? true : never;
const _mirrorCheck: _DataDtosMirrorCatalogue = true;
void _mirrorCheck;

export const EVENT_DATA_DTOS = RECORDABLE_EVENT_TYPES.map((t) => DATA_DTO_BY_TYPE[t]);

/** Carries the per-type `data` schemas into the OpenAPI document: put `@ApiExtraModels(...EVENT_DATA_DTOS)` or reference this class. */
@ApiExtraModels(...EVENT_DATA_DTOS)
export class EventDataSchemas {}

/** `oneOf` refs to every per-type `data` schema, for `@ApiProperty({ oneOf: dataSchemaRefs() })` or `@ApiBody`. */
export function dataSchemaRefs(): { $ref: string }[] {
  return RECORDABLE_EVENT_TYPES.map((t) => ({ $ref: getSchemaPath(DATA_DTO_BY_TYPE[t]) }));
}
