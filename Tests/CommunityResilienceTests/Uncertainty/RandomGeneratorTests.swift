import Foundation
import Testing

@testable import CommunityResilience

/// Exact outputs of the generators, checked against an independent implementation in Python
/// (pure integer arithmetic; `/work/helpers/uncertainty-ref/generators.py`):
///
/// ```python
/// M = (1 << 64) - 1
/// def mix(z):
///     z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
///     z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
///     return z ^ (z >> 31)
/// class SplitMix64:
///     def __init__(self, seed): self.s = seed
///     def next(self): self.s = (self.s + 0x9E3779B97F4A7C15) & M; return mix(self.s)
/// rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & M
/// class Xoshiro:                                   # xoshiro256**, Blackman & Vigna
///     def __init__(self, seed, stream=None):
///         if stream is not None: seed ^= mix(stream)
///         sm = SplitMix64(seed); self.s = [sm.next() for _ in range(4)]
///     def next(self):
///         s = self.s; r = (rotl((s[1] * 5) & M, 7) * 9) & M; t = (s[1] << 17) & M
///         s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45)
///         return r
///     double = lambda self: (self.next() >> 11) * 2.0**-53
///     open_double = lambda self: ((self.next() >> 12) + 0.5) * 2.0**-52
/// ```
///
/// SplitMix64(0)'s first output, 0xE220A8397B1DCDAF, is also the value Vigna's `splitmix64.c`
/// gives.
@Suite("Uncertainty: seeded random number generators")
struct RandomGeneratorTests {
    @Test("SplitMix64 from seed 0")
    func splitMix() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("xoshiro256** seeded through SplitMix64: state and first outputs for seed 2026")
    func xoshiro() {
        var generator = Xoshiro256StarStar(seed: 2026)
        #expect(
            generator.state == (
                0xDB9C_5598_9194_8D23, 0x78BC_927D_ED35_455D, 0xAAD7_1E75_CDE2_B88E, 0x6280_938A_D5A1_04F2
            ))
        #expect(generator.next() == 0x92E0_1159_2E98_AE15)
        #expect(generator.next() == 0x489F_3794_6D6D_18D8)
        #expect(generator.next() == 0xD000_9E27_9D9C_DEDA)
        #expect(generator.next() == 0xE4C7_DCA7_86D5_6702)
    }

    @Test("jump() advances 2¹²⁸ steps, as the reference jump polynomial does")
    func jump() {
        var generator = Xoshiro256StarStar(seed: 2026)
        generator.jump()
        #expect(generator.next() == 0x3B9D_EA13_DBF7_737F)
        #expect(generator.next() == 0x8F6A_EDC7_B6EF_6444)
    }

    @Test("a stream's generator: the seed mixed with the stream key")
    func stream() {
        var generator = Xoshiro256StarStar(seed: 2026, stream: 3 << 32 | 5)
        #expect(generator.next() == 0xC3FF_F44A_8E92_1765)
        #expect(generator.next() == 0x48E8_2E58_7617_996A)
        #expect(Xoshiro256StarStar(seed: 2026, stream: 0) != Xoshiro256StarStar(seed: 2026, stream: 1))
    }

    @Test("bits to doubles: [0, 1) and (0, 1), pinned and at the extremes")
    func unitInterval() {
        var generator = Xoshiro256StarStar(seed: 7)
        #expect(generator.nextDouble() == 0.7005764821796896)
        #expect(generator.nextDouble() == 0.2787512294737843)
        #expect(generator.nextDoubleInOpenUnitInterval() == 0.8396274618764198)
        #expect(generator.nextDoubleInOpenUnitInterval() == 0.9810977250149352)
        #expect(UnitInterval.closedOpen(0) == 0)
        #expect(UnitInterval.closedOpen(.max) == 1 - 0x1p-53)
        #expect(UnitInterval.open(0) == 0x1p-53)
        #expect(UnitInterval.open(.max) == 1 - 0x1p-53)
        #expect(UnitInterval.closedOpen(.max) < 1 && UnitInterval.open(.max) < 1)
    }

    @Test("the same seed gives the same stream; different seeds do not")
    func reproducible() {
        var first = Xoshiro256StarStar(seed: 11)
        var second = Xoshiro256StarStar(seed: 11)
        var other = Xoshiro256StarStar(seed: 12)
        let a = (0..<100).map { _ in first.next() }
        #expect(a == (0..<100).map { _ in second.next() })
        #expect(a != (0..<100).map { _ in other.next() })
    }

    @Test("state: the all-zero state is refused; Codable round trip; a bad encoded state is rejected")
    func state() throws {
        #expect(Xoshiro256StarStar(state: (0, 0, 0, 0)) == nil)
        var generator = Xoshiro256StarStar(seed: 5)
        _ = generator.next()
        let data = try JSONEncoder().encode(generator)
        var decoded = try JSONDecoder().decode(Xoshiro256StarStar.self, from: data)
        #expect(decoded == generator)
        #expect(decoded.next() == generator.next())
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Xoshiro256StarStar.self, from: Data("[0,0,0,0]".utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Xoshiro256StarStar.self, from: Data("[1,2,3]".utf8))
        }
    }
}
