import Foundation

/// The command's file access: reading inputs and writing a report folder, every failure a
/// ``CommandError`` naming the path.
struct CommandFiles: Sendable {
    let currentDirectory: URL?

    func url(_ path: String) -> URL {
        let expanded = NSString(string: path).expandingTildeInPath
        if let currentDirectory, !expanded.hasPrefix("/") {
            return URL(fileURLWithPath: expanded, relativeTo: currentDirectory).standardizedFileURL
        }
        return URL(fileURLWithPath: expanded).standardizedFileURL
    }

    /// The URL of a file that exists and is not a folder.
    func existingFile(_ path: String) throws(CommandError) -> URL {
        let location = url(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isDirectory) else {
            throw .failure("resilience: cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else { throw .failure("resilience: cannot read '\(path)': it is a folder") }
        return location
    }

    /// The contents of a file.
    func read(_ path: String) throws(CommandError) -> Data {
        let location = try existingFile(path)
        do {
            return try Data(contentsOf: location)
        } catch {
            throw .failure("resilience: cannot read '\(path)': \(error.localizedDescription)")
        }
    }

    /// Writes `files` (paths relative to `directory`) into `directory`, creating folders as
    /// needed; returns the paths written, as the user would type them.
    func write(_ files: [(path: String, contents: String)], into directory: String) throws(CommandError) -> [String] {
        let root = url(directory)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .failure("resilience: cannot write to '\(directory)': it is a file, not a folder")
        }
        var written: [String] = []
        for file in files {
            let target = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: target, options: .atomic)
            } catch {
                throw .failure(
                    "resilience: cannot write '\(display(directory, file.path))': \(error.localizedDescription)")
            }
            written.append(display(directory, file.path))
        }
        return written
    }

    private func display(_ directory: String, _ path: String) -> String {
        directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
