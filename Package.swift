// swift-tools-version: 6.0
import PackageDescription

// CommunityResilience has no package dependencies by design: Foundation, Dispatch and the
// standard library only, in the library, the command, the tests and the benchmarks.
// Upcoming-language features recent Apple packages adopt: explicit `any` for existentials, and
// imports that must name every module whose members a file uses.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "CommunityResilience",
    // Int128 and Synchronization need these on Apple platforms; Linux has no such floor.
    platforms: [.macOS(.v15), .iOS(.v18)],
    products: [
        .library(name: "CommunityResilience", targets: ["CommunityResilience"]),
        .library(name: "ResilienceNumerics", targets: ["ResilienceNumerics"]),
        // For users' own test targets: builders, figure checks and golden files (Swift Testing
        // and XCTest, both shipped with the toolchain).
        .library(name: "CommunityResilienceTesting", targets: ["CommunityResilienceTesting"]),
        .executable(name: "resilience", targets: ["resilience"]),
        .executable(name: "resilience-benchmarks", targets: ["resilience-benchmarks"]),
    ],
    targets: [
        .target(name: "ResilienceNumerics", swiftSettings: swiftSettings),
        .target(
            name: "CommunityResilience",
            dependencies: ["ResilienceNumerics"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CommunityResilienceTesting",
            dependencies: ["CommunityResilience"],
            swiftSettings: swiftSettings
        ),
        // The command's argument parsing and file handling, as a library so tests run it in-process.
        .target(
            name: "ResilienceCommandLine",
            dependencies: ["CommunityResilience"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "resilience",
            dependencies: ["ResilienceCommandLine"],
            swiftSettings: swiftSettings
        ),
        // National-scale workloads with seeded synthetic data: `swift run -c release
        // resilience-benchmarks --quick`. Sources live beside the Python reference in Benchmarks/.
        .executableTarget(
            name: "resilience-benchmarks",
            dependencies: ["CommunityResilience", "ResilienceNumerics"],
            path: "Benchmarks/Sources",
            swiftSettings: swiftSettings
        ),
        // libFuzzer targets for every decoder of outside input, and a driver that replays saved
        // inputs through the same checks on a plain build (see Fuzz/README.md and .ci/fuzz).
        .executableTarget(
            name: "ResilienceFuzz",
            dependencies: ["CommunityResilience"],
            path: "Fuzz/ResilienceFuzz",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CommunityResilienceTests",
            dependencies: ["CommunityResilience", "ResilienceCommandLine"],
            exclude: ["Hardening/BadInputs"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CommunityResilienceTestingTests",
            dependencies: ["CommunityResilienceTesting", "CommunityResilience"],
            exclude: ["Examples/Goldens"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ResilienceCommandLineTests",
            dependencies: ["ResilienceCommandLine", "CommunityResilience"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ResilienceNumericsTests",
            dependencies: ["ResilienceNumerics"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
