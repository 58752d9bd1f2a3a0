extension MarkdownReportWriter {
    /// The communities' capacity and trust profile, beside the demand avoided: a council sees
    /// where the work happened and how resilient those places are.
    func communityProfile() -> [String] {
        guard let profile = report.communityProfile, !profile.rows.isEmpty else { return [] }
        var lines = [
            "", "## Community capacity and trust", "",
            MarkdownText.escape(
                "\(profile.indexName) of the small areas (OECD/JRC composite-indicator method; rank 1 has the most capacity and trust, decile 1 is the least resilient tenth)."
            ),
            "",
        ]
        let decimal = { (value: Double?) -> MarkdownText.Cell in
            MarkdownText.Cell(value.map { format.number($0, digits: 2) } ?? "–")
        }
        lines += MarkdownText.table(
            ["Community", "Index", "Capacity", "Trust", "Rank", "Decile", "Assets", "Gaps"],
            [.left, .right, .right, .right, .right, .right, .right, .left],
            profile.rows.map { row in
                [
                    MarkdownText.Cell(row.name), decimal(row.score), decimal(row.capacity), decimal(row.trust),
                    "\(row.rank)", "\(row.decile)", "\(row.assetCount)",
                    MarkdownText.Cell(row.gaps.isEmpty ? "none" : row.gaps.joined(separator: ", ")),
                ]
            })
        if !profile.excluded.isEmpty {
            lines += [
                "", "Left out of the index: " + MarkdownText.escape(profile.excluded.joined(separator: "; ")) + ".",
            ]
        }
        if profile.missingValueCount > 0 {
            lines += [
                "",
                "\(profile.missingValueCount) indicator value\(profile.missingValueCount == 1 ? " was" : "s were") missing and the weights re-balanced over the values present.",
            ]
        }
        return lines
    }
}
