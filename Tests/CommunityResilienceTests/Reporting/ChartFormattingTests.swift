import Foundation
import Testing

@testable import CommunityResilience

/// Axis labels, XML escaping and coordinates: the small rules every chart relies on.
@Suite("Chart formatting")
struct ChartFormattingTests {
    let britishEnglish = Locale(identifier: "en_GB")

    @Test("money axes share one unit and show only the decimals the step needs")
    func moneyLabels() {
        let format = AxisFormat.money(.gbp, britishEnglish)
        #expect(
            format.labels(for: [0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000], step: 500_000)
                == ["£0", "£0.5m", "£1m", "£1.5m", "£2m", "£2.5m"])
        #expect(
            format.labels(for: [-500_000, 0, 500_000, 1_000_000], step: 500_000) == ["-£0.5m", "£0", "£0.5m", "£1m"])
        #expect(format.labels(for: [0, 20_000, 40_000], step: 20_000) == ["£0", "£20k", "£40k"])
        #expect(format.labels(for: [0, 200, 400], step: 200) == ["£0", "£200", "£400"])
        #expect(format.labels(for: [0, 2e9, 4e9], step: 2e9) == ["£0", "£2bn", "£4bn"])
        // A tick computed as 3 × 0.1 is 0.30000000000000004; the label is still exact.
        #expect(format.labels(for: [0, 0.1, 0.2, 3 * 0.1], step: 0.1) == ["£0", "£0.1", "£0.2", "£0.3"])
    }

    @Test("count axes group thousands")
    func countLabels() {
        let format = AxisFormat.count(britishEnglish)
        #expect(format.labels(for: [0, 200, 1_400], step: 200) == ["0", "200", "1,400"])
        #expect(format.labels(for: [0, 0.5, 1], step: 0.5) == ["0", "0.5", "1"])
    }

    @Test("text is escaped for XML and forbidden control characters are dropped")
    func escaping() {
        #expect(
            SVGWriter.escape("A&E <acute> \"trust\" 'north'")
                == "A&amp;E &lt;acute&gt; &quot;trust&quot; &apos;north&apos;")
        #expect(SVGWriter.escape("bell\u{07}end\tok") == "bellend\tok")
        #expect(SVGWriter.escape("£2.5m – 60%") == "£2.5m – 60%")
    }

    @Test(
        "coordinates have at most two decimals and no exponent",
        arguments: [
            (12.5, "12.5"), (1.0, "1"), (-0.001, "0"), (0.125, "0.12"), (Double.nan, "0"), (Double.infinity, "0"),
            (1e12, "10000000"), (-3.456, "-3.46"),
        ])
    func coordinates(value: Double, text: String) {
        #expect(SVGWriter.number(value) == text)
    }

    @Test("labels wrap at word boundaries and long names are cut with an ellipsis")
    func wrapping() {
        #expect(
            SVGWriter.wrapped("NHS Cheshire and Merseyside ICB", width: 16, maximumLines: 3) == [
                "NHS Cheshire and", "Merseyside ICB",
            ])
        #expect(
            SVGWriter.wrapped("one two three four five six", width: 9, maximumLines: 2) == ["one two", "three fo…"])
        #expect(SVGWriter.truncated("Deadweight on home safety checks", to: 12) == "Deadweight …")
    }

    @Test("report figures are formatted for UK readers by default")
    func reportFormatter() throws {
        let format = ReportFormatter(locale: britishEnglish)
        let money = try Money("2500000.00", .gbp, in: .financialYear(2024))
        #expect(format.compact(money) == "£2.5m")
        #expect(format.whole(money) == "£2,500,000")
        #expect(format.percent(0.6) == "60%")
        #expect(format.percent(0.5584215479509375) == "55.8%")
        #expect(format.ratio(2.264603255343838) == "2.26")
        #expect(format.ratio(nil) == "n/a")
        #expect(format.month(try Month(year: 2023, month: 4)) == "Apr 2023")
        #expect(format.compact(major: -150_000, currency: .gbp, priceBase: .financialYear(2024)) == "-£150k")
        #expect(format.compact(major: .nan, currency: .gbp, priceBase: .financialYear(2024)) == "n/a")
        #expect(format.compact(major: 1e300, currency: .gbp, priceBase: .financialYear(2024)) == "n/a")
    }
}
