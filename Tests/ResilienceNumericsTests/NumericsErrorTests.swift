import ResilienceNumerics
import Testing

@Suite("Numerics errors")
struct NumericsErrorTests {
    @Test("errors name the offending input")
    func messages() {
        #expect(
            NumericsError.rankDeficient(column: "post", index: 3).description
                == "column 3 (post) is collinear with earlier columns; the model is not identified")
        #expect(
            NumericsError.probabilityOutOfRange(1.5).description
                == "probability 1.5 is out of range (quantiles take [0, 1], confidence levels (0, 1))")
    }
}
