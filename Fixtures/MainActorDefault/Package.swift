// swift-tools-version: 6.2
//
// MainActorDefault: a consumer module whose default isolation is `MainActor`, with the upcoming
// features Xcode 26 turns on with it for new app targets. Almost nothing in its sources says
// where its functions run, so the generator cannot know that they are isolated; its generated
// flows must compile (without warnings) and run all the same. It depends on the repository root
// by path and applies `TaskFlowPlugin`.

import Foundation
import PackageDescription

/// The root package's identity is the last component of its folder, which is not always
/// `swift-taskflow` (a clone may have any name), so it is computed from this file's path.
let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Fixtures/MainActorDefault
    .deletingLastPathComponent()  // Fixtures
    .deletingLastPathComponent()  // the repository
let rootName = root.lastPathComponent

/// What Xcode 26 sets for a new app target: main-actor isolation by default and "approachable
/// concurrency" (nonisolated async functions run on their caller's actor; conformances of
/// main-actor types are isolated to it).
let mainActorByDefault: [SwiftSetting] = [
    .defaultIsolation(MainActor.self),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    .enableUpcomingFeature("InferIsolatedConformances"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "MainActorDefault",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: root.path),
    ],
    targets: [
        .target(
            name: "Workshop",
            dependencies: [.product(name: "TaskFlow", package: rootName)],
            swiftSettings: mainActorByDefault,
            plugins: [.plugin(name: "TaskFlowPlugin", package: rootName)]
        ),
        .testTarget(
            name: "WorkshopTests",
            dependencies: ["Workshop", .product(name: "TaskFlow", package: rootName)],
            swiftSettings: mainActorByDefault
        ),
    ],
    swiftLanguageModes: [.v6]
)
