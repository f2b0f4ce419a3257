package dev.relata.orm.benchmarks.report;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the report states beyond the JMH result files.
 *
 * @param relataVersion the Relata version benchmarked
 * @param serverVersions the database servers' versions by database name (e.g.
 * {@code POSTGRESQL}); a database without one shows "not recorded"
 * @param note a note shown at the top of the report (e.g. that this is a quick sanity
 * run), or {@code null}
 * @param source the result files' names, as shown in the report
 * @param machine the machine
 * @param explanations why the missed targets were missed, as measured (markdown shown
 * after the targets), or {@code null}
 */
record ReportContext(String relataVersion, Map<String, String> serverVersions, @Nullable String note, String source,
		Machine machine, @Nullable String explanations) {

	/**
	 * Creates a context.
	 * @param relataVersion the Relata version
	 * @param serverVersions the servers' versions
	 * @param note the note, or {@code null}
	 * @param source the result files' names
	 * @param machine the machine
	 * @param explanations the explanations of missed targets, or {@code null}
	 */
	ReportContext {
		serverVersions = Map.copyOf(serverVersions);
	}

}
