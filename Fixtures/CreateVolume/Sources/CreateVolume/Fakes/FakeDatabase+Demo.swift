extension FakeDatabase {
    /// A database with a small catalog: two volume types (`lvmdriver-1`, the default, and
    /// `ssd`), snapshot `snap-1` (10 GiB), image `img-1` (needs 2 GiB), backup `bak-1`
    /// (5 GiB) and an available 8 GiB volume `vol-src` to clone.
    public static func demo() -> FakeDatabase {
        FakeDatabase(
            volumeTypes: [VolumeType(id: "t1", name: "lvmdriver-1"), VolumeType(id: "t2", name: "ssd")],
            snapshots: [SnapshotRecord(id: "snap-1", size: 10)],
            images: [ImageRecord(id: "img-1", minDisk: 2)],
            backups: [BackupRecord(id: "bak-1", size: 5)],
            volumes: [
                VolumeRecord(
                    id: "vol-src", name: "source", size: 8, volumeType: "lvmdriver-1",
                    availabilityZone: "nova", source: .raw, status: .available, host: "lvm-1"
                ),
            ]
        )
    }
}
