// swift-tools-version: 6.2
//
// TaskFlowObservability: swift-taskflow's runs through swift-log, swift-metrics and
// swift-distributed-tracing.
//
// A package of its own so that the root package stays free of dependencies: only a service that
// wants these bridges pays for the three libraries. It depends on the root by path, so it always
// builds against the runtime beside it.

import PackageDescription

let package = Package(
    name: "TaskFlowObservability",
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    products: [
        .library(name: "TaskFlowObservability", targets: ["TaskFlowObservability"]),
    ],
    dependencies: [
        // Named, so that targets can say `package: "swift-taskflow"` whatever the clone is called.
        .package(name: "swift-taskflow", path: "../.."),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
    ],
    targets: [
        .target(
            name: "TaskFlowObservability",
            dependencies: [
                .product(name: "TaskFlow", package: "swift-taskflow"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .testTarget(
            name: "TaskFlowObservabilityTests",
            dependencies: [
                "TaskFlowObservability",
                .product(name: "TaskFlow", package: "swift-taskflow"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
