// swift-tools-version: 6.2
//
// TaskFlowPostgres: durable task flows shared by many workers through one PostgreSQL database —
// a journal any worker can resume from, a job board that hands each run to one worker at a time,
// and a swift-service-lifecycle service that works the board.
//
// A package of its own so that the root package stays free of dependencies: only a service that
// uses PostgreSQL pays for postgres-nio. It depends on the root by path, so it always builds
// against the runtime beside it.

import PackageDescription

/// What the library and every program built on it import.
let runtime: [Target.Dependency] = [
    .product(name: "TaskFlow", package: "swift-taskflow"),
    .product(name: "PostgresNIO", package: "postgres-nio"),
    .product(name: "Logging", package: "swift-log"),
    .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
]
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let strictSwift: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "TaskFlowPostgres",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TaskFlowPostgres", targets: ["TaskFlowPostgres"]),
        .executable(name: "taskflow-pg", targets: ["taskflow-pg"]),
        .executable(name: "cinder-demo", targets: ["cinder-demo"]),
    ],
    dependencies: [
        // Named, so that targets can say `package: "swift-taskflow"` whatever the clone is called.
        .package(name: "swift-taskflow", path: "../.."),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "TaskFlowPostgres",
            dependencies: runtime,
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "taskflow-pg",
            dependencies: ["TaskFlowPostgres", argumentParser] + runtime,
            swiftSettings: strictSwift
        ),
        // The worker process and the checks of Scripts/failover-soak.sh.
        .executableTarget(
            name: "taskflow-pg-probe",
            dependencies: ["TaskFlowPostgres"] + runtime,
            path: "Tests/FailoverProbe",
            swiftSettings: strictSwift
        ),
        // Cinder's create-volume as three services over the job board (Scripts/cinder-demo.sh).
        // Its flows are annotated; TaskFlowPlugin generates and checks their wiring.
        .executableTarget(
            name: "cinder-demo",
            dependencies: ["TaskFlowPostgres", argumentParser] + runtime,
            path: "Demo/CinderDemo",
            swiftSettings: strictSwift,
            plugins: [.plugin(name: "TaskFlowPlugin", package: "swift-taskflow")]
        ),
        // PostgreSQL figures; `Benchmarks/record.sh --postgres` (repository root) records them.
        .executableTarget(
            name: "taskflow-pg-bench",
            dependencies: ["TaskFlowPostgres"] + runtime,
            path: "Benchmarks/taskflow-pg-bench",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "TaskFlowPostgresTests",
            // taskflow-pg: the command tests run the built executable.
            dependencies: [
                "TaskFlowPostgres", "taskflow-pg",
                .product(name: "TaskFlowJournalTesting", package: "swift-taskflow"),
            ] + runtime,
            swiftSettings: strictSwift
        ),
    ],
    swiftLanguageModes: [.v6]
)
