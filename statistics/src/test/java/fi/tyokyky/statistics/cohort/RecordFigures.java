package fi.tyokyky.statistics.cohort;

import fi.tyokyky.model.code.AgreementCode;
import fi.tyokyky.model.code.CopingChangeCode;
import fi.tyokyky.model.code.EmploymentOutcomeCode;
import fi.tyokyky.model.code.EmploymentStatusCode;
import fi.tyokyky.model.code.EncounterTypeCode;
import fi.tyokyky.model.code.MeasurementTimepointCode;
import fi.tyokyky.model.code.OrganisationTypeCode;
import fi.tyokyky.model.code.TyokykyCodeSystem;
import fi.tyokyky.model.record.Answer;
import fi.tyokyky.model.record.EmploymentOutcome;
import fi.tyokyky.model.record.Examination;
import fi.tyokyky.model.record.Gender;
import fi.tyokyky.model.record.NetworkParticipant;
import fi.tyokyky.model.record.QuestionnaireAnswers;
import fi.tyokyky.model.record.ScoreMeasure;
import fi.tyokyky.model.record.ThreeXTenDMeasure;
import fi.tyokyky.statistics.figures.CountRef;
import fi.tyokyky.statistics.figures.CountUnit;
import fi.tyokyky.statistics.figures.DerivedValue;
import fi.tyokyky.statistics.figures.Figure;
import fi.tyokyky.statistics.figures.FigureSet;
import fi.tyokyky.statistics.figures.ReportingPeriod;
import fi.tyokyky.statistics.figures.Stratifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures counted from the generated records themselves, in plain Java, one client at a time:
 * an independent second computation to hold {@link Cohort#knownFigures()} (computed from the plan)
 * against. It follows the definitions of the figures contract, not the generator's code.
 */
final class RecordFigures {

  private static final Set<CopingChangeCode> COPING_POSITIVE =
      Set.of(CopingChangeCode.MUCH_BETTER, CopingChangeCode.BETTER);
  private static final Set<AgreementCode> AGREEMENT_POSITIVE =
      Set.of(AgreementCode.STRONGLY_AGREE, AgreementCode.AGREE);

  private final ReportingPeriod period;
  long coordinatorClients;
  long coordinatorVisits;
  long physicianClients;
  long clients;
  long ageSum;
  long exactAgeSum;
  long longTerm;
  long over3;
  long networkClients;
  final Map<OrganisationTypeCode, Long> contacts = new EnumMap<>(OrganisationTypeCode.class);
  final Map<OrganisationTypeCode, Long> referral = new EnumMap<>(OrganisationTypeCode.class);
  final Map<Gender, Long> genders = new EnumMap<>(Gender.class);
  final Map<OrganisationTypeCode, Long> network = new EnumMap<>(OrganisationTypeCode.class);
  final Map<EmploymentStatusCode, Long> baselineEmployment =
      new EnumMap<>(EmploymentStatusCode.class);
  final Map<EmploymentStatusCode, Long> followUpEmployment =
      new EnumMap<>(EmploymentStatusCode.class);
  final Timepoints workAbility = new Timepoints();
  final Timepoints participation = new Timepoints();
  final Timepoints threeXTenD = new Timepoints();
  final long[] premAnswered = new long[5];
  final long[] premPositive = new long[5];
  long contracts;
  long wageSubsidy;
  long interrupted;
  long personsWithContract;
  long trialPersons;
  long trials;
  long outcomePersons;
  long employmentRespondents;

  /** Respondents and score sums at baseline and six months. */
  static final class Timepoints {
    long baseline;
    long followUp;
    long either;
    BigDecimal baselineSum = BigDecimal.ZERO;
    BigDecimal followUpSum = BigDecimal.ZERO;
  }

  RecordFigures(ReportingPeriod period) {
    this.period = period;
  }

  static FigureSet count(Cohort cohort) {
    return counter(cohort).toFigureSet();
  }

  static RecordFigures counter(Cohort cohort) {
    RecordFigures figures = new RecordFigures(cohort.plan().period());
    for (Cohort.ClientRecords client : cohort) {
      figures.add(client.visits());
    }
    return figures;
  }

  private boolean inPeriod(LocalDate day) {
    return !day.isBefore(period.start()) && !day.isAfter(period.end());
  }

  void add(List<Examination> visits) {
    boolean coordinator = false;
    boolean physician = false;
    for (Examination visit : visits) {
      LocalDate day = visit.encounter().start().toLocalDate();
      if (!inPeriod(day)) {
        continue;
      }
      EncounterTypeCode type = visit.encounter().type();
      if (type == EncounterTypeCode.COORDINATOR_VISIT) {
        coordinator = true;
        coordinatorVisits++;
      } else if (type == EncounterTypeCode.TEAM_PHYSICIAN_VISIT) {
        physician = true;
      } else if (type == EncounterTypeCode.CONSULTATION_CONTACT) {
        contacts.merge(visit.encounter().contactOrganisationType(), 1L, Long::sum);
      }
    }
    coordinatorClients += coordinator ? 1 : 0;
    physicianClients += physician ? 1 : 0;
    Examination last = visits.get(visits.size() - 1);
    if (last.episode() != null && inPeriod(last.episode().start())) {
      clients++;
      referral.merge(last.episode().referralSource(), 1L, Long::sum);
      genders.merge(last.client().gender(), 1L, Long::sum);
      // As the figures contract says: year of the episode start minus the birth year.
      ageSum += last.episode().start().getYear() - last.client().birthDate().getYear();
      exactAgeSum += Period.between(last.client().birthDate(), last.episode().start()).getYears();
      BigDecimal months = null;
      for (Examination visit : visits) {
        if (visit.unemploymentDuration() != null) {
          months = visit.unemploymentDuration().months();
        }
      }
      longTerm += months != null && months.compareTo(BigDecimal.valueOf(12)) >= 0 ? 1 : 0;
      over3 += months != null && months.compareTo(BigDecimal.valueOf(36)) > 0 ? 1 : 0;
    }
    Set<OrganisationTypeCode> networkTypes = new java.util.TreeSet<>();
    boolean hasNetwork = false;
    EmploymentStatusCode baseline = null;
    EmploymentStatusCode followUp = null;
    BigDecimal[] was = new BigDecimal[2];
    BigDecimal[] pi = new BigDecimal[2];
    BigDecimal[] tenD = new BigDecimal[2];
    QuestionnaireAnswers prem = null;
    List<EmploymentOutcome> outcomes = new ArrayList<>();
    for (Examination visit : visits) {
      if (visit.network() != null) {
        hasNetwork = true;
        networkTypes.clear();
        for (NetworkParticipant participant : visit.network().participants()) {
          networkTypes.add(participant.organisationType());
        }
      }
      if (visit.employmentStatus() != null) {
        if (visit.employmentStatus().timepoint() == MeasurementTimepointCode.BASELINE) {
          baseline = visit.employmentStatus().value();
        } else if (visit.employmentStatus().timepoint()
            == MeasurementTimepointCode.FOLLOW_UP_6_MONTHS) {
          followUp = visit.employmentStatus().value();
        }
      }
      for (ScoreMeasure score : visit.scores()) {
        int t = slot(score.timepoint());
        if (t < 0) {
          continue;
        }
        if (score.instrument() == ScoreMeasure.Instrument.WORK_ABILITY_SCORE) {
          was[t] = score.value();
        } else if (score.instrument() == ScoreMeasure.Instrument.PARTICIPATION_INDICATOR) {
          pi[t] = score.value();
        }
      }
      ThreeXTenDMeasure profile = visit.threeXTenD();
      if (profile != null && slot(profile.timepoint()) >= 0) {
        int sum = profile.dimensions().values().stream().mapToInt(Integer::intValue).sum();
        tenD[slot(profile.timepoint())] =
            BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(profile.dimensions().size()), 10, RoundingMode.HALF_UP);
      }
      for (QuestionnaireAnswers answers : visit.questionnaireAnswers()) {
        if (answers.questionnaireId().equals("service-experience")) {
          prem = answers;
        }
      }
      outcomes.addAll(visit.outcomes());
    }
    if (hasNetwork) {
      networkClients++;
      networkTypes.forEach(t -> network.merge(t, 1L, Long::sum));
    }
    if (baseline != null) {
      baselineEmployment.merge(baseline, 1L, Long::sum);
    }
    if (followUp != null) {
      followUpEmployment.merge(followUp, 1L, Long::sum);
    }
    if (baseline != null || followUp != null) {
      employmentRespondents++;
    }
    add(workAbility, was);
    add(participation, pi);
    add(threeXTenD, tenD);
    if (prem != null) {
      for (Answer answer : prem.answers()) {
        int item = Integer.parseInt(answer.linkId().substring("prem-".length())) - 1;
        premAnswered[item]++;
        String code = answer.coding().code();
        boolean positive =
            item == 0
                ? COPING_POSITIVE.contains(CopingChangeCode.fromCode(code))
                : AGREEMENT_POSITIVE.contains(AgreementCode.fromCode(code));
        premPositive[item] += positive ? 1 : 0;
      }
    }
    boolean contract = false;
    boolean trial = false;
    for (EmploymentOutcome outcome : outcomes) {
      if (outcome.outcome() == EmploymentOutcomeCode.EMPLOYMENT_CONTRACT) {
        contract = true;
        contracts++;
        wageSubsidy += Boolean.TRUE.equals(outcome.wageSubsidy()) ? 1 : 0;
        interrupted += Boolean.TRUE.equals(outcome.interrupted()) ? 1 : 0;
      } else if (outcome.outcome() == EmploymentOutcomeCode.WORK_TRIAL) {
        trial = true;
        trials++;
      }
    }
    personsWithContract += contract ? 1 : 0;
    trialPersons += trial ? 1 : 0;
    outcomePersons += contract || trial ? 1 : 0;
  }

  private static int slot(MeasurementTimepointCode timepoint) {
    if (timepoint == MeasurementTimepointCode.BASELINE) {
      return 0;
    }
    return timepoint == MeasurementTimepointCode.FOLLOW_UP_6_MONTHS ? 1 : -1;
  }

  private static void add(Timepoints timepoints, BigDecimal[] values) {
    if (values[0] != null) {
      timepoints.baseline++;
      timepoints.baselineSum = timepoints.baselineSum.add(values[0]);
    }
    if (values[1] != null) {
      timepoints.followUp++;
      timepoints.followUpSum = timepoints.followUpSum.add(values[1]);
    }
    if (values[0] != null || values[1] != null) {
      timepoints.either++;
    }
  }

  FigureSet toFigureSet() {
    String org = TyokykyCodeSystem.ORGANISATION_TYPE.url();
    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.builder("clients-seen-by-coordinator", CountUnit.CLIENTS, coordinatorClients)
            .build());
    figures.add(Figure.builder("visits", CountUnit.EVENTS, coordinatorVisits).build());
    figures.add(
        Figure.builder("consultation-contacts-by-source", CountUnit.EVENTS, total(contacts))
            .stratifier(cells(Stratifier.partition("source").codeSystem(org), contacts))
            .build());
    figures.add(
        Figure.builder("clients-seen-by-physician", CountUnit.CLIENTS, physicianClients).build());
    figures.add(Figure.builder("clients-per-year", CountUnit.CLIENTS, clients).build());
    figures.add(
        Figure.builder("clients-by-referral-source", CountUnit.CLIENTS, clients)
            .stratifier(cells(Stratifier.partition("source").codeSystem(org), referral))
            .build());
    figures.add(
        Figure.builder("client-age", CountUnit.CLIENTS, clients)
            .score(
                DerivedValue.mean(
                    BigDecimal.valueOf(ageSum)
                        .divide(BigDecimal.valueOf(clients), 1, RoundingMode.HALF_UP),
                    "a"))
            .build());
    Map<String, Long> byGender = new TreeMap<>();
    genders.forEach((g, n) -> byGender.put(g.code(), n));
    Stratifier.Builder gender =
        sorted(
            Stratifier.partition("gender")
                .codeSystem("http://hl7.org/fhir/administrative-gender")
                .withSharesOfPopulation(),
            byGender);
    figures.add(
        Figure.builder("clients-by-gender", CountUnit.CLIENTS, clients).stratifier(gender).build());
    figures.add(yesNo("clients-long-term-unemployed", "long-term-unemployed", longTerm));
    figures.add(yesNo("clients-unemployed-over-3-years", "unemployed-over-3-years", over3));
    figures.add(
        Figure.builder(
                "network-participation-by-organisation-type", CountUnit.CLIENTS, networkClients)
            .stratifier(cells(Stratifier.overlapping("organisation-type").codeSystem(org), network))
            .build());
    figures.add(prom("prom-work-ability-score", workAbility));
    figures.add(prom("prom-participation-indicator", participation));
    figures.add(prom("prom-three-x-ten-d", threeXTenD));
    String status = TyokykyCodeSystem.EMPLOYMENT_STATUS.url();
    figures.add(
        Figure.builder(
                "employment-situation-baseline", CountUnit.CLIENTS, total(baselineEmployment))
            .stratifier(
                cells(Stratifier.partition("status").codeSystem(status), baselineEmployment))
            .build());
    figures.add(
        Figure.builder(
                "employment-situation-follow-up-6-months",
                CountUnit.CLIENTS,
                total(followUpEmployment))
            .stratifier(
                cells(Stratifier.partition("status").codeSystem(status), followUpEmployment))
            .build());
    String[] ids = KnownFigures.PREM_FIGURES;
    for (int item = 0; item < ids.length; item++) {
      Stratifier.Builder answer =
          sorted(
              Stratifier.partition("answer").withSharesOfPopulation(),
              Map.of(
                  "positive",
                  premPositive[item],
                  "other",
                  premAnswered[item] - premPositive[item]));
      figures.add(
          Figure.builder(ids[item], CountUnit.CLIENTS, premAnswered[item])
              .stratifier(answer)
              .build());
    }
    Stratifier.Builder outcome =
        Stratifier.overlapping("outcome")
            .codeSystem(TyokykyCodeSystem.EMPLOYMENT_OUTCOME.url())
            .withSharesOfPopulation();
    if (personsWithContract > 0) {
      outcome.cell("employment-contract", personsWithContract);
    }
    if (trialPersons > 0) {
      outcome.cell("work-trial", trialPersons);
    }
    figures.add(
        Figure.builder("supported-employment-outcomes", CountUnit.CLIENTS, outcomePersons)
            .stratifier(outcome)
            .build());
    figures.add(
        Figure.builder("supported-employment-contracts", CountUnit.EVENTS, contracts)
            .stratifier(
                sorted(
                    Stratifier.partition("wage-subsidy").withSharesOfPopulation(),
                    Map.of("yes", wageSubsidy, "no", contracts - wageSubsidy)))
            .stratifier(
                sorted(
                    Stratifier.partition("interrupted").withSharesOfPopulation(),
                    Map.of("yes", interrupted, "no", contracts - interrupted)))
            .build());
    figures.add(Figure.builder("persons-employed", CountUnit.CLIENTS, personsWithContract).build());
    figures.add(Figure.builder("work-trials", CountUnit.EVENTS, trials).build());
    long baseline = workAbility.baseline;
    long followUp = workAbility.followUp;
    Figure.Builder rate =
        Figure.builder("follow-up-response-rate", CountUnit.CLIENTS, baseline)
            .stratifier(
                sorted(
                    Stratifier.partition("follow-up").withSharesOfPopulation(),
                    Map.of("yes", followUp, "no", baseline - followUp)));
    if (baseline > 0) {
      rate.score(
          new DerivedValue(
              DerivedValue.Kind.SHARE,
              BigDecimal.valueOf(followUp)
                  .divide(BigDecimal.valueOf(baseline), 4, RoundingMode.HALF_UP),
              null,
              followUp > 0 ? List.of(CountRef.cell("follow-up", "yes")) : List.of()));
    }
    figures.add(rate.build());
    return new FigureSet(period, figures);
  }

  private Figure yesNo(String id, String stratifier, long yes) {
    Stratifier.Builder cells =
        sorted(
            Stratifier.partition(stratifier).withSharesOfPopulation(),
            Map.of("yes", yes, "no", clients - yes));
    return Figure.builder(id, CountUnit.CLIENTS, clients).stratifier(cells).build();
  }

  private static Figure prom(String id, Timepoints t) {
    Stratifier.Builder timepoint =
        Stratifier.overlapping("timepoint")
            .codeSystem(TyokykyCodeSystem.MEASUREMENT_TIMEPOINT.url());
    if (t.baseline > 0) {
      timepoint.cell(
          "baseline", t.baseline, DerivedValue.mean(mean(t.baselineSum, t.baseline), "{score}"));
    }
    if (t.followUp > 0) {
      timepoint.cell(
          "follow-up-6-months",
          t.followUp,
          DerivedValue.mean(mean(t.followUpSum, t.followUp), "{score}"));
    }
    Figure.Builder figure = Figure.builder(id, CountUnit.CLIENTS, t.either).stratifier(timepoint);
    if (t.baseline > 0 && t.followUp > 0) {
      BigDecimal change = mean(t.followUpSum, t.followUp).subtract(mean(t.baselineSum, t.baseline));
      figure.score(
          DerivedValue.difference(
              change,
              "{score}",
              CountRef.cell("timepoint", "follow-up-6-months"),
              CountRef.cell("timepoint", "baseline")));
    }
    return figure.build();
  }

  private static <K extends Enum<K> & fi.tyokyky.model.code.TyokykyCode> Stratifier.Builder cells(
      Stratifier.Builder stratifier, Map<K, Long> counts) {
    Map<String, Long> byCode = new TreeMap<>();
    counts.forEach((code, n) -> byCode.put(code.code(), n));
    return sorted(stratifier, byCode).withSharesOfPopulation();
  }

  /** The cells above 0 in stratum-code order. */
  private static Stratifier.Builder sorted(
      Stratifier.Builder stratifier, Map<String, Long> counts) {
    new TreeMap<>(counts)
        .forEach(
            (stratum, n) -> {
              if (n > 0) {
                stratifier.cell(stratum, n);
              }
            });
    return stratifier;
  }

  private static long total(Map<?, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static BigDecimal mean(BigDecimal sum, long n) {
    return n == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
  }
}
