// swift-tools-version: 6.2
//
// swift-taskflow: task flows for Swift whose wiring is checked at build time.
//
// One package, zero third-party dependencies: the toolchain is all a consumer pays for.
// Swift 6.2 or later: the runtime's adapters are `nonisolated(nonsending)` (SE-0461), and
// generated code declares durable states `nonisolated struct`.
// Dependencies point one way: `taskflow-gen` → `TaskFlowGenerator`; generated code → `TaskFlow`.
// `taskflow-gen` does not depend on `TaskFlow`: every consumer of the build plugin compiles the
// tool for the host before its own code, and would compile the runtime twice.

import PackageDescription

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "swift-taskflow",
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    products: [
        .library(name: "TaskFlow", targets: ["TaskFlow"]),
        .executable(name: "taskflow-gen", targets: ["taskflow-gen"]),
        // The generator as a library, for tools beside the plugin (the fuzzer in Fuzz/).
        .library(name: "TaskFlowGenerator", targets: ["TaskFlowGenerator"]),
        // Checks any FlowJournal implementation must pass, for its own test suite.
        .library(name: "TaskFlowJournalTesting", targets: ["TaskFlowJournalTesting"]),
        .plugin(name: "TaskFlowPlugin", targets: ["TaskFlowPlugin"]),
        .plugin(name: "TaskFlowCommand", targets: ["TaskFlowCommand"]),
    ],
    targets: [
        // MARK: Runtime

        .target(
            name: "TaskFlow",
            dependencies: ["TaskFlowJournalFormat"],
            swiftSettings: strictSwift
        ),
        // The framing of FileJournal's files, shared with `taskflow-gen runs`.
        .target(
            name: "TaskFlowJournalFormat",
            swiftSettings: strictSwift
        ),

        // Behaviour every journal must show, as checks a journal's tests run (no test framework).
        .target(
            name: "TaskFlowJournalTesting",
            dependencies: ["TaskFlow"],
            swiftSettings: strictSwift
        ),

        // MARK: Generator

        .target(
            name: "TaskFlowGenerator",
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "taskflow-gen",
            // Not TaskFlow, which a consumer's clean build would then compile twice (for the host
            // too): `runs` reads FileJournal directories itself (Sources/taskflow-gen/Journal).
            dependencies: ["TaskFlowGenerator", "TaskFlowJournalFormat"],
            swiftSettings: strictSwift
        ),

        // MARK: Plugins

        .plugin(
            name: "TaskFlowPlugin",
            capability: .buildTool(),
            dependencies: ["taskflow-gen"]
        ),
        .plugin(
            name: "TaskFlowCommand",
            capability: .command(
                intent: .custom(
                    verb: "taskflow",
                    description: "Draw diagrams of, scan, check or lock the task flows of a target."
                ),
                permissions: [
                    .writeToPackageDirectory(
                        reason: "'lock' writes taskflow.lock beside Package.swift; the other verbs write nothing there"),
                ]
            ),
            dependencies: ["taskflow-gen"]
        ),

        // MARK: Benchmarks

        .executableTarget(
            name: "taskflow-bench",
            dependencies: ["TaskFlow", "TaskFlowGenerator"],
            path: "Benchmarks/taskflow-bench",
            swiftSettings: strictSwift
        ),

        // MARK: Tests

        // Runs a durable flow that the crash tests kill and resume (Tests/TaskFlowTests/Journal).
        .executableTarget(
            name: "taskflow-crash-probe",
            dependencies: ["TaskFlow"],
            path: "Tests/CrashProbe",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "TaskFlowTests",
            dependencies: ["TaskFlow", "TaskFlowJournalFormat", "TaskFlowJournalTesting", "taskflow-crash-probe"],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "TaskFlowGeneratorTests",
            // taskflow-gen: the command-line tests run the built executable. TaskFlow: they write
            // the journals that `taskflow-gen runs` lists with the runtime's FileJournal.
            dependencies: ["TaskFlowGenerator", "taskflow-gen", "TaskFlow"],
            swiftSettings: strictSwift
        ),
    ],
    swiftLanguageModes: [.v6]
)

// MARK: Generated-code tests

// Each golden case of Fixtures/Generator is a test target of its own: its annotated inputs, the
// generated file the golden test compares byte for byte, and tests that run the generated flows
// against the runtime. The module name is the one the golden was generated for.
let goldenCases = [
    "Linear", "Unordered", "GraphLinks", "NestedFlows", "InstanceOwners", "OptionalInputs",
    "TupleProvides", "VoidContext", "KeywordSymbols", "LargeFlow", "ActorOwners",
    "HiddenRuntimeNames", "PublicFlows", "ConditionalFlows", "GeneratedMemberNames",
]
package.targets += goldenCases.map { name in
    .testTarget(
        name: "\(name)Golden",
        dependencies: ["TaskFlow"],
        path: "Fixtures/Generator/\(name)",
        swiftSettings: strictSwift
    )
}
