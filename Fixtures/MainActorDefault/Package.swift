// swift-tools-version: 6.2
//
// MainActorDefault: a consumer module whose default isolation is `MainActor`, as Xcode 26 sets
// for new app targets. Nothing in its sources says where its functions run, so the generator
// cannot know that they are isolated; its generated flows must compile and run all the same.
// It depends on the repository root by path and applies `TaskFlowPlugin`.

import Foundation
import PackageDescription

/// The root package's identity is the last component of its folder, which is not always
/// `swift-taskflow` (a clone may have any name), so it is computed from this file's path.
let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Fixtures/MainActorDefault
    .deletingLastPathComponent()  // Fixtures
    .deletingLastPathComponent()  // the repository
let rootName = root.lastPathComponent

let mainActorByDefault: [SwiftSetting] = [
    .defaultIsolation(MainActor.self),
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
