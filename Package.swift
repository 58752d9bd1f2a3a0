// swift-tools-version: 6.0
import PackageDescription

// CommunityResilience has no package dependencies by design: Foundation, Dispatch and the
// standard library only, in the library, the command, the tests and the benchmarks.
let package = Package(
    name: "CommunityResilience",
    // Int128 and Synchronization need these on Apple platforms; Linux has no such floor.
    platforms: [.macOS(.v15), .iOS(.v18)],
    products: [
        .library(name: "CommunityResilience", targets: ["CommunityResilience"]),
        .library(name: "ResilienceNumerics", targets: ["ResilienceNumerics"]),
        .executable(name: "resilience", targets: ["resilience"]),
    ],
    targets: [
        .target(name: "ResilienceNumerics"),
        .target(
            name: "CommunityResilience",
            dependencies: ["ResilienceNumerics"]
        ),
        .executableTarget(
            name: "resilience",
            dependencies: ["CommunityResilience"]
        ),
        .testTarget(
            name: "CommunityResilienceTests",
            dependencies: ["CommunityResilience"]
        ),
        .testTarget(
            name: "ResilienceNumericsTests",
            dependencies: ["ResilienceNumerics"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
