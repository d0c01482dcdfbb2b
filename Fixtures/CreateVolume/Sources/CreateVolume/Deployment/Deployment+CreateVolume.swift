import TaskFlow

extension Deployment {
    /// Runs a request through the API flow, then the scheduler and manager flows its casts ask
    /// for (again after a reschedule), until no message is left.
    ///
    /// - Parameters:
    ///   - request: The request.
    ///   - context: Who asks.
    ///   - engine: The engine to run every flow with (give it listeners to watch).
    /// - Returns: Every flow run and the created volume, if any.
    public func createVolume(
        _ request: VolumeRequest, context: RequestContext, engine: Engine = Engine()
    ) async -> CreateVolumeReport {
        var report = CreateVolumeReport(runs: [])
        do {
            let outputs = try await VolumeCreateAPI.run(
                VolumeCreateAPI.Inputs(request: request), context: context, volumeAPI: api, engine: engine
            )
            report.volumeID = outputs.volume.id
            report.runs.append(FlowRun(
                flow: VolumeCreateAPI.metadata.name, outcome: .succeeded("volume \(outputs.volume.id) cast to the scheduler")
            ))
        } catch {
            report.runs.append(FlowRun(flow: VolumeCreateAPI.metadata.name, outcome: .failed(error)))
            return report
        }
        while let message = rpc.receive() {
            switch message {
            case .scheduleVolume(let spec, let filters):
                report.runs.append(await schedule(spec, filters, engine: engine))
            case .createVolume(let backend, let spec, let filters):
                let (run, created) = await create(spec, filters, on: backend, engine: engine)
                report.runs.append(run)
                report.created = created ?? report.created
            }
        }
        return report
    }

    private func schedule(_ spec: RequestSpec, _ filters: FilterProperties, engine: Engine) async -> FlowRun {
        let name = VolumeCreateScheduler.metadata.name
        do {
            let outputs = try await VolumeCreateScheduler.run(
                VolumeCreateScheduler.Inputs(volume_id: spec.volumeID, filter_properties: filters, raw_request_spec: spec),
                schedulerManager: scheduler, engine: engine
            )
            let summary = switch outputs.schedule_result {
            case .scheduled(let backend): "scheduled on \(backend)"
            case .noValidBackend(let reason): "no valid backend (\(reason)); volume set to error"
            }
            return FlowRun(flow: name, outcome: .succeeded(summary))
        } catch {
            return FlowRun(flow: name, outcome: .failed(error))
        }
    }

    private func create(
        _ spec: RequestSpec, _ filters: FilterProperties, on backend: String, engine: Engine
    ) async -> (FlowRun, VolumeRecord?) {
        let name = VolumeCreateManager.metadata.name
        do {
            let outputs = try await VolumeCreateManager.run(
                VolumeCreateManager.Inputs(volume_id: spec.volumeID, request_spec: spec, filter_properties: filters),
                volumeManager: manager(on: backend), engine: engine
            )
            let volume = outputs.created_volume
            return (FlowRun(flow: name, backend: backend, outcome: .succeeded("volume \(volume.id) \(volume.status)")), volume)
        } catch {
            return (FlowRun(flow: name, backend: backend, outcome: .failed(error)), nil)
        }
    }
}
