/// Who asked for the volume: the context every flow of create-volume runs in.
public struct RequestContext: Sendable, Hashable {
    /// The project whose quota the volume counts against.
    public var projectID: String
    /// The user who made the request.
    public var userID: String
    /// The request's identifier, carried through every log line and notification.
    public var requestID: String

    /// Creates a request context.
    public init(projectID: String, userID: String, requestID: String) {
        self.projectID = projectID
        self.userID = userID
        self.requestID = requestID
    }
}
