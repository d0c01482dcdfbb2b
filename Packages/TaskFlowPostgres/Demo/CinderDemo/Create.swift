import ArgumentParser
import Foundation
import TaskFlow

/// `cinder-demo create`: what a user's `cinder create` does — posts runs of `volume_create_api`.
struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask for volumes: post runs of volume_create_api on the api queue; prints their run ids.")

    @OptionGroup var options: DemoOptions

    @Option(help: "How many volumes.")
    var count = 1

    @Option(help: "Each volume's size in GB.")
    var size = 1

    @Option(help: "The volumes' names are PREFIX-1, PREFIX-2, …")
    var name = "vol"

    @Flag(help: "Make the driver fail these volumes (the manager reverts: error, quota released).")
    var failInDriver = false

    func run() async throws {
        let (count, size, name, fail) = (self.count, self.size, self.name, failInDriver)
        try await options.withContext { context in
            for index in 1...max(count, 1) {
                var state = VolumeCreateAPI.State()
                state.request = VolumeRequest(name: "\(name)-\(index)", size: size, project: Demo.project, failInDriver: fail)
                let runID = try await context.board.post(VolumeCreateAPI.sharedFlow, state: state, queue: Demo.apiQueue)
                print(runID)
            }
        }
    }
}
