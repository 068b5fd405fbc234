package org.humstats.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.humstats.figure.DatePrecision;
import org.humstats.figure.Kind;
import org.humstats.figure.Qualifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The extractor's rules, sentence by sentence. Every text here was written for these tests; the places and bodies are
 * invented (Norland and its provinces), so no test depends on a real gazetteer.
 */
class ExtractorTest {

    /** A Thursday. */
    static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14);
    static final String PUBLISHER = "daily-courier";

    static final List<KnownPlace> PLACES = List.of(
            new KnownPlace("XNL", "Norland", List.of("Republic of Norland"), "country", 0, null, "XNL"),
            new KnownPlace("XNL01", "Eastern Province", List.of("Sharq"), "admin1", 1, "XNL", "XNL"),
            new KnownPlace("XNL0101", "Tal Hamra", List.of("Tell Hamra", "تل حمرا"), "admin2", 2, "XNL01", "XNL"),
            new KnownPlace("XNL0102", "Wadi Sahel", List.of(), "admin2", 2, "XNL01", "XNL"),
            new KnownPlace("XNL02", "Khor", List.of(), "admin1", 1, "XNL", "XNL"),
            new KnownPlace("XNL0201", "Khor", List.of(), "admin2", 2, "XNL02", "XNL"),
            new KnownPlace("XNL0202", "Amber City", List.of(), "admin2", 2, "XNL02", "XNL"),
            new KnownPlace("upper-river-border-zone", "Upper River border zone (Norland–Sudland)", List.of("URBZ"), "area",
                    null, null, null));

    static final List<KnownSource> SOURCES = List.of(
            new KnownSource("un-relief", "United Nations Relief Coordination Office", "URCO",
                    List.of("United Nations' relief coordination office", "UN relief office")),
            new KnownSource("river-task-force", "Multinational River Task Force", "MRTF", List.of("multinational task force")),
            new KnownSource("daily-courier", "The Daily Courier", null, List.of()),
            new KnownSource("reach", "REACH Initiative", "REACH", List.of()),
            new KnownSource("health-ministry", "Ministry of Health of Norland", null, List.of("health ministry")));

    static final Extractor EXTRACTOR = new Extractor(PLACES, SOURCES);

    static List<ProposedFigure> read(String text) {
        return EXTRACTOR.extract(text, PUBLISHED, PUBLISHER);
    }

    /** The one figure the sentence states. */
    static ProposedFigure one(String text) {
        List<ProposedFigure> all = read(text);
        assertEquals(1, all.size(), () -> "expected one figure in \"" + text + "\", got " + all);
        return all.get(0);
    }

    static void none(String text) {
        List<ProposedFigure> all = read(text);
        assertEquals(List.of(), all, () -> "expected no figure in \"" + text + "\"");
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** The founding article's shape: three figures of three kinds from three bodies in a dozen lines. */
    static final String REPORT = """
            Government forces retake Tal Hamra, the last rebel-held town on the river

            3 min read
            14 March, 2019

            Government forces and allied militias retook the river town of Tal Hamra on Thursday, ending a siege that began in the winter.

            Tal Hamra lies near the border, in the Eastern Province of Norland.

            Hundreds of fighters from the militia took part in the assault, a commander said.

            '45,000 displaced'

            In recent weeks, an estimated 45,000 people have fled Tal Hamra alone, said Maria Okafor from the United Nations' relief coordination office in Amber City.

            The multinational task force that has been fighting Daesh in a separate campaign estimated recently that there were 2,000 fighters in the Upper River border zone.

            More than 80,000 people have been killed in Norland since the war began in June 2012, before it drew in regional powers and foreign fighters.

            Agencies contributed to this report.
            """;

    @Test
    void aReportLikeTheFoundingArticleGivesExactlyItsThreeFigures() {
        List<ProposedFigure> figures = read(REPORT);
        assertEquals(3, figures.size(), () -> figures.toString());
        ProposedFigure displaced = figures.get(0);
        ProposedFigure fighters = figures.get(1);
        ProposedFigure killed = figures.get(2);
        assertAll(
                () -> assertEquals("displaced", displaced.metric()),
                () -> assertEquals(Kind.FLOW, displaced.kind()),
                () -> assertEquals(45_000, displaced.value()),
                () -> assertEquals(Qualifier.APPROXIMATELY, displaced.qualifier()),
                () -> assertEquals(date("2019-02-14"), displaced.periodStart()),
                () -> assertEquals(PUBLISHED, displaced.periodEnd()),
                () -> assertEquals(DatePrecision.APPROXIMATE, displaced.datePrecision()),
                () -> assertEquals("XNL0101", displaced.locationCode()),
                () -> assertEquals("un-relief", displaced.source()),
                () -> assertEquals("United Nations' relief coordination office", displaced.sourceText()),
                () -> assertEquals("Maria Okafor, URCO Amber City", displaced.attributedTo()),
                () -> assertTrue(displaced.quote().startsWith("In recent weeks, an estimated 45,000 people")),

                () -> assertEquals("fighters", fighters.metric()),
                () -> assertEquals(Kind.STOCK, fighters.kind()),
                () -> assertEquals(2_000, fighters.value()),
                () -> assertEquals(Qualifier.APPROXIMATELY, fighters.qualifier()),
                () -> assertNull(fighters.periodStart()),
                () -> assertEquals(PUBLISHED, fighters.periodEnd()),
                () -> assertEquals("upper-river-border-zone", fighters.locationCode()),
                () -> assertEquals("river-task-force", fighters.source()),
                () -> assertNull(fighters.attributedTo()),
                () -> assertEquals("islamic-state", fighters.subject()),

                () -> assertEquals("killed", killed.metric()),
                () -> assertEquals(Kind.CUMULATIVE, killed.kind()),
                () -> assertEquals(80_000, killed.value()),
                () -> assertEquals(Qualifier.AT_LEAST, killed.qualifier()),
                () -> assertEquals(date("2012-06-01"), killed.periodStart()),
                () -> assertEquals(PUBLISHED, killed.periodEnd()),
                () -> assertEquals(DatePrecision.MONTH, killed.originPrecision()),
                () -> assertEquals("XNL", killed.locationCode()),
                () -> assertEquals(PUBLISHER, killed.source()),
                () -> assertNull(killed.sourceText()),
                () -> assertNull(killed.attributedTo()));
    }

    @Test
    void theQuoteIsTheSentenceAndTheSpanPointsAtIt() {
        for (ProposedFigure f : read(REPORT)) {
            assertEquals(f.quote(), REPORT.substring(f.spanStart(), f.spanEnd()));
            assertTrue(f.quote().endsWith("."), f.quote());
            assertTrue(f.confidence() > 0 && f.confidence() <= 1);
        }
    }

    @Test
    void emptyTextGivesNothing() {
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("   \n\n  "));
        none("The convoy reached the town on Tuesday.");
    }

    @Nested
    class Numbers {

        @Test
        void digitsWithCommasSpacesAndAStrayComma() {
            assertEquals(120_000, one("About 120,000 people were displaced.").value());
            assertEquals(331_765, one("In all 331 765 people fled the fighting.").value());
            assertEquals(224_250, one("The floods displaced 224, 250 people.").value());
        }

        @Test
        void decimalsWithAMultiplier() {
            assertEquals(1_500_000, one("Some 1.5 million people have fled their homes.").value());
            assertEquals(13_100_000, one("The agency counts 13.1M people in need of humanitarian assistance.").value());
            assertEquals(214_000, one("In the state 2.14 lakh people were evacuated.").value());
        }

        @Test
        void numbersInWords() {
            ProposedFigure nearly = one("Nearly one million people were displaced by the floods.");
            assertEquals(1_000_000, nearly.value());
            assertEquals(Qualifier.APPROXIMATELY, nearly.qualifier());
            assertEquals(921, one("Nine hundred and twenty-one families were displaced by the fighting.").value());
            assertEquals(2, one("Two people were killed when the bridge collapsed.").value());
            assertEquals(500_000, one("Half a million people fled the city.").value());
        }

        @Test
        void rangesGiveLowAndHigh() {
            ProposedFigure between = one("Between 20,000 and 50,000 people fled the district.");
            assertEquals(Qualifier.RANGE, between.qualifier());
            assertEquals(20_000L, between.low());
            assertEquals(50_000L, between.high());
            assertTrue(between.low() <= between.value() && between.value() <= between.high());
            ProposedFigure dash = one("Officials said 2,000 – 3,000 people were evacuated.");
            assertEquals(2_000L, dash.low());
            assertEquals(3_000L, dash.high());
            ProposedFigure shortened = one("An estimated 30-35,000 people have been uprooted.");
            assertEquals(30_000L, shortened.low());
            assertEquals(35_000L, shortened.high());
            ProposedFigure millions = one("Between one and 1.5 million people have fled the region.");
            assertEquals(1_000_000L, millions.low());
            assertEquals(1_500_000L, millions.high());
        }
    }

    @Nested
    class Qualifiers {

        @Test
        void moreThanOverAtLeastAreLowerBounds() {
            assertEquals(Qualifier.AT_LEAST, one("More than 4,000 people fled.").qualifier());
            assertEquals(Qualifier.AT_LEAST, one("Over 4,000 people fled.").qualifier());
            assertEquals(Qualifier.AT_LEAST, one("At least 4,000 people fled.").qualifier());
            ProposedFigure more = one("At least 4,000 people fled.");
            assertNull(more.high());
        }

        @Test
        void upToFewerThanLessThanAreUpperBounds() {
            assertEquals(Qualifier.AT_MOST, one("Up to 8,000 people were evacuated.").qualifier());
            assertEquals(Qualifier.AT_MOST, one("Fewer than 300 people were killed.").qualifier());
            assertEquals(Qualifier.AT_MOST, one("Less than 300 people were killed.").qualifier());
        }

        @Test
        void estimatedSomeAboutAroundAreApproximate() {
            assertEquals(Qualifier.APPROXIMATELY, one("An estimated 9,000 people were displaced.").qualifier());
            assertEquals(Qualifier.APPROXIMATELY, one("Some 9,000 people were displaced.").qualifier());
            assertEquals(Qualifier.APPROXIMATELY, one("About 9,000 people were displaced.").qualifier());
            assertEquals(Qualifier.APPROXIMATELY, one("Around 9,000 people were displaced.").qualifier());
            assertEquals(Qualifier.APPROXIMATELY, one("The agency estimated that 9,000 people were displaced.").qualifier());
        }

        @Test
        void aPlainNumberOrATotalIsExact() {
            assertEquals(Qualifier.EXACT, one("A total of 1,595 people were in relief camps.").qualifier());
            assertEquals(Qualifier.EXACT, one("The earthquake killed 312 people.").qualifier());
        }
    }

    @Nested
    class Metrics {

        @Test
        void displacementVerbs() {
            assertEquals("displaced", one("The fighting displaced 6,000 people.").metric());
            assertEquals("displaced", one("Some 6,000 residents fled the town.").metric());
            assertEquals("displaced", one("Nearly 6,000 villagers have been uprooted.").metric());
            assertEquals("displaced", one("The floods forced 6,000 people from their homes.").metric());
            assertEquals("displaced", one("About 6,000 people were evacuated to schools.").metric());
            assertEquals("idps", one("The camp hosts 6,000 internally displaced people.").metric());
        }

        @Test
        void deaths() {
            assertEquals("killed", one("The shelling killed 45 people.").metric());
            assertEquals("killed", one("The clashes caused 45 deaths.").metric());
            assertEquals("killed", one("The death toll rose to 45.").metric());
            assertEquals("killed", one("At least 45 people died in the attack.").metric());
        }

        @Test
        void injuries() {
            assertEquals("injured", one("Another 70 people were wounded.").metric());
            assertEquals("injured", one("The blast injured 70 people.").metric());
        }

        @Test
        void fightersAndMilitants() {
            assertEquals("fighters", one("The group still has about 3,000 fighters.").metric());
            assertEquals("fighters", one("Officials said 3,000 militants remain in the hills.").metric());
        }

        @Test
        void refugeesReturneesAndPeopleInNeed() {
            assertEquals("refugees", one("The country hosts 250,000 refugees.").metric());
            assertEquals("returnees", one("About 12,000 people returned to the district last month.").metric());
            assertEquals("in_need", one("Some 2.3 million people are in need of humanitarian assistance.").metric());
        }

        @Test
        void familiesAndHouseholdsAreCountedInHouseholds() {
            ProposedFigure families = one("About 2,400 families were displaced by the floods.");
            assertEquals("displaced", families.metric());
            assertEquals("households", families.unit());
            assertEquals("households", one("More than 300 households fled the village.").unit());
            assertEquals("households", one("Some 80 homes were evacuated in the valley.").unit());
            assertEquals("people", one("About 2,400 people were displaced by the floods.").unit());
        }

        @Test
        void bothUnitsOfOneStatementAreProposed() {
            List<ProposedFigure> both = read("About 310 households (about 1,600 people) arrived in the camp last week.");
            assertEquals(2, both.size(), both::toString);
            assertEquals("households", both.get(0).unit());
            assertEquals("people", both.get(1).unit());
            assertEquals("displaced", both.get(1).metric());
        }

        @Test
        void aVerbBesideTheNumberWinsOverTheNounItCounts() {
            assertEquals("killed", one("Between 90 and 230 IDPs were killed in the strike.").metric());
            assertEquals("returnees", one("More than 3,000 displaced people returned to the town.").metric());
        }

        @Test
        void aListAfterAFigureCountsTheSameThing() {
            List<ProposedFigure> parts = read("More than 47,000 people were displaced: 33,000 from Tal Hamra and 8,900 from Wadi Sahel.");
            assertEquals(3, parts.size(), parts::toString);
            assertTrue(parts.stream().allMatch(f -> f.metric().equals("displaced")));
            assertEquals("XNL0101", parts.get(1).locationCode());
            assertEquals("XNL0102", parts.get(2).locationCode());
        }
    }

    @Nested
    class KindsAndPeriods {

        @Test
        void sinceADayIsARunningTotalFromThatDay() {
            ProposedFigure f = one("Some 184,705 people have been displaced since 1 April.");
            assertEquals(Kind.CUMULATIVE, f.kind());
            assertEquals(date("2018-04-01"), f.periodStart()); // the last 1 April before publication
            assertEquals(PUBLISHED, f.periodEnd());
            assertEquals(DatePrecision.DAY, f.originPrecision());
        }

        @Test
        void sinceAMonthIsARunningTotalFromItsFirstDay() {
            ProposedFigure f = one("More than 330,000 people have been killed since March 2011.");
            assertEquals(Kind.CUMULATIVE, f.kind());
            assertEquals(date("2011-03-01"), f.periodStart());
            assertEquals(DatePrecision.MONTH, f.originPrecision());
            assertEquals(DatePrecision.MONTH, f.datePrecision());
        }

        @Test
        void aMonthAloneIsAFlowOverThatMonth() {
            ProposedFigure f = one("In October alone, 12,000 people fled the district.");
            assertEquals(Kind.FLOW, f.kind());
            assertEquals(date("2018-10-01"), f.periodStart());
            assertEquals(date("2018-10-31"), f.periodEnd());
            assertEquals(DatePrecision.MONTH, f.datePrecision());
        }

        @Test
        void thisMonthRunsToThePublicationDate() {
            ProposedFigure f = one("This month 3,000 people were displaced.");
            assertEquals(date("2019-03-01"), f.periodStart());
            assertEquals(PUBLISHED, f.periodEnd());
        }

        @Test
        void thePastTwoWeeksAndRecentWeeksEndAtPublication() {
            ProposedFigure twoWeeks = one("In the past two weeks, 3,000 people were displaced.");
            assertEquals(date("2019-02-28"), twoWeeks.periodStart());
            assertEquals(PUBLISHED, twoWeeks.periodEnd());
            ProposedFigure recent = one("In recent weeks 3,000 people have fled.");
            assertEquals(date("2019-02-14"), recent.periodStart());
            assertEquals(DatePrecision.APPROXIMATE, recent.datePrecision());
        }

        @Test
        void aWeekdayIsTheLastSuchDayBeforePublication() {
            ProposedFigure thursday = one("On Thursday 40 people were killed.");
            assertEquals(PUBLISHED, thursday.periodStart()); // published on a Thursday
            ProposedFigure monday = one("On Monday 40 people were killed.");
            assertEquals(date("2019-03-11"), monday.periodStart());
            assertEquals(date("2019-03-11"), monday.periodEnd());
            assertEquals(DatePrecision.DAY, monday.datePrecision());
        }

        @Test
        void betweenTwoDatesIsAFlowOverThem() {
            ProposedFigure f = one("About 95,000 people were displaced between 17 October and 14 December.");
            assertEquals(date("2018-10-17"), f.periodStart());
            assertEquals(date("2018-12-14"), f.periodEnd());
            ProposedFigure days = one("About 2,000 people were evacuated between 21 and 23 February.");
            assertEquals(date("2019-02-21"), days.periodStart());
            assertEquals(date("2019-02-23"), days.periodEnd());
        }

        @Test
        void thereAreRemainAndRegisteredAreStocksAsOfPublication() {
            ProposedFigure there = one("There are 4,000 refugees in the camp.");
            assertEquals(Kind.STOCK, there.kind());
            assertNull(there.periodStart());
            assertEquals(PUBLISHED, there.periodEnd());
            assertEquals(Kind.STOCK, one("Some 11,000 people remain displaced.").kind());
            assertEquals(Kind.STOCK, one("The agency has registered 4,000 displaced families.").kind());
        }

        @Test
        void asOfADateIsTheDateOfAStock() {
            ProposedFigure f = one("As of 2 March, about 192,000 people remained displaced.");
            assertEquals(Kind.STOCK, f.kind());
            assertEquals(date("2019-03-02"), f.periodEnd());
        }

        @Test
        void withoutAnyTimeAFlowIsDatedToPublicationApproximately() {
            ProposedFigure f = one("The blast killed 12 people.");
            assertEquals(PUBLISHED, f.periodStart());
            assertEquals(PUBLISHED, f.periodEnd());
            assertEquals(DatePrecision.APPROXIMATE, f.datePrecision());
        }
    }

    @Nested
    class Attribution {

        @Test
        void saidAPersonFromAnOffice() {
            ProposedFigure f = one("About 5,000 people fled, said Maria Okafor from the UN relief office in Amber City.");
            assertEquals("un-relief", f.source());
            assertEquals("UN relief office", f.sourceText());
            assertEquals("Maria Okafor, URCO Amber City", f.attributedTo());
        }

        @Test
        void accordingToAnAcronym() {
            ProposedFigure f = one("According to REACH, 7,000 people have returned to Tal Hamra.");
            assertEquals("reach", f.source());
            assertEquals("REACH", f.sourceText());
        }

        @Test
        void aBodyThatEstimates() {
            ProposedFigure f = one("The health ministry estimated that 150 civilians were killed.");
            assertEquals("health-ministry", f.source());
            assertEquals(Qualifier.APPROXIMATELY, f.qualifier());
        }

        @Test
        void aBodyNotYetStoredIsNamedInSourceText() {
            ProposedFigure f = one("According to the Norland Red Crescent, 900 families were evacuated.");
            assertNull(f.source());
            assertEquals("Norland Red Crescent", f.sourceText());
        }

        @Test
        void aCitationInBrackets() {
            assertEquals("un-relief", one("About 42,000 people fled between 27 February and 5 March (URCO, 5 March 2019).").source());
        }

        @Test
        void whatNoOneIsSaidToHaveGivenIsThePublishers() {
            ProposedFigure f = one("More than 600 people were killed in the province last year.");
            assertEquals(PUBLISHER, f.source());
            assertNull(f.sourceText());
            assertNull(f.attributedTo());
        }

        @Test
        void theWordReachIsNotTheBodyREACH() {
            ProposedFigure f = one("Aid convoys could not reach 3,000 people displaced by the fighting.");
            assertEquals(PUBLISHER, f.source());
        }
    }

    @Nested
    class Places {

        @Test
        void aNameOrAliasInTheSentence() {
            assertEquals("XNL0101", one("About 5,000 people fled Tell Hamra.").locationCode());
            assertEquals("XNL0101", one("About 5,000 people fled TAL HAMRA.").locationCode());
            assertEquals("XNL0101", one("Some 5,000 people fled تل حمرا.").locationCode());
            assertEquals("upper-river-border-zone", one("There are 900 fighters in the URBZ.").locationCode());
        }

        @Test
        void theMostSpecificPlaceOfTheSentence() {
            ProposedFigure f = one("In the Eastern Province of Norland, 5,000 people fled Wadi Sahel.");
            assertEquals("XNL0102", f.locationCode());
            assertEquals("Wadi Sahel", f.locationText());
        }

        @Test
        void elseTheNearestEarlierMention() {
            List<ProposedFigure> figures = read("""
                    Fighting spread to Wadi Sahel on Monday. The army shelled the town for hours.
                    At least 3,000 people fled.""");
            assertEquals(1, figures.size());
            assertEquals("XNL0102", figures.get(0).locationCode());
            assertEquals("Wadi Sahel", figures.get(0).locationText());
        }

        @Test
        void aPlaceTheGazetteerDoesNotKnowIsNamedWithoutACode() {
            ProposedFigure f = one("About 2,000 people were evacuated in Riverbend county.");
            assertNull(f.locationCode());
            assertEquals("Riverbend county", f.locationText());
        }

        @Test
        void theSpeakersOfficeIsNotWhereTheFigureIs() {
            ProposedFigure f = one("Some 8,000 people fled Wadi Sahel, said Maria Okafor from the UN relief office in Amber City.");
            assertEquals("XNL0102", f.locationCode());
        }

        @Test
        void aNameSharedByAProvinceAndItsDistrictIsTheProvinceUnlessTheTextSaysDistrict() {
            assertEquals("XNL02", one("About 4,000 people fled Khor.").locationCode());
            assertEquals("XNL0201", one("About 4,000 people fled Khor district.").locationCode());
        }
    }

    @Nested
    class Subjects {

        @Test
        void civiliansChildrenAndWomen() {
            assertEquals("civilians", one("The strike killed 30 civilians.").subject());
            ProposedFigure children = one("The strike killed 12 children.");
            assertEquals("children", children.subject());
            assertEquals("0-17", children.age());
            ProposedFigure women = one("The strike killed 8 women.");
            assertEquals("women", women.subject());
            assertEquals("female", women.sex());
        }

        @Test
        void daeshOrIsFighters() {
            assertEquals("islamic-state", one("The coalition estimated there were 1,500 IS fighters in the valley.").subject());
            assertEquals("islamic-state", one("About 400 Daesh militants remain in the hills.").subject());
        }

        @Test
        void theCauseWhenTheSentenceGivesIt() {
            assertEquals("disaster", one("The floods displaced 7,000 people.").cause());
            assertEquals("conflict", one("The fighting displaced 7,000 people.").cause());
        }
    }

    @Nested
    class NotAFigure {

        @Test
        void yearsAndDates() {
            none("The war began in March 2011 and reached the capital in 2013.");
            none("On 17 October 2016 the offensive began.");
            none("The offensive ran from 12 to 19 October.");
        }

        @Test
        void ages() {
            none("A 12-year-old was evacuated from the town.");
            none("Amina Yusuf, 7, was evacuated with her mother.");
            ProposedFigure children = one("Some 900 children under 18 were displaced.");
            assertEquals(900, children.value());
        }

        @Test
        void distancesTrucksAndPercentages() {
            none("The camp lies 75 kilometres from the displaced people's villages.");
            none("The floods displaced people 45km from the capital.");
            none("A convoy of 20 trucks reached the displaced families.");
            none("About 63 per cent of the displaced were children.");
            none("About 63% of the displaced were children.");
        }

        @Test
        void resolutionNumbersAndOtherLabels() {
            none("Resolution 2401 demanded a ceasefire to let displaced people return.");
            none("The vote on resolution 2254 came as people fled the city.");
        }

        @Test
        void sampleSizes() {
            none("Of the 2,500 households surveyed, most had been displaced twice.");
            none("The team interviewed 300 displaced people in the camps.");
        }

        @Test
        void projections() {
            none("As many as 250,000 people could flee if the offensive continues.");
            none("Up to 200,000 people are expected to be displaced in the coming weeks.");
            none("Agencies are planning for up to 8,000 refugees.");
        }

        @Test
        void vagueAmounts() {
            none("Hundreds of fighters took part in the assault.");
            none("Tens of thousands of people fled the city.");
            none("Dozens of families were evacuated.");
        }

        @Test
        void housesDestroyedAreNotPeople() {
            none("The storm destroyed more than 1,200 houses.");
            none("At least 60 homes were destroyed in the floods.");
        }
    }

    @Test
    void aHeadingThatRepeatsTheBodyGivesOneFigure() {
        List<ProposedFigure> figures = read("""
                '120,000 displaced'

                In recent weeks an estimated 120,000 people have been displaced from Tal Hamra.""");
        assertEquals(1, figures.size());
        assertEquals(date("2019-02-14"), figures.get(0).periodStart());
    }

    @Test
    void theNamesAreFoundAsTheyAreWritten() {
        // The index folds names as location search does: case, accents, punctuation.
        ProposedFigure f = one("About 5,000 people fled Tal-Hamra.");
        assertEquals("XNL0101", f.locationCode());
        assertEquals("Tal-Hamra", f.locationText());
    }
}
