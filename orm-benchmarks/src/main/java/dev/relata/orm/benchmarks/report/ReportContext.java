package dev.relata.orm.benchmarks.report;

import org.jspecify.annotations.Nullable;

/**
 * What the report states beyond the JMH result file.
 *
 * @param relataVersion the Relata version benchmarked
 * @param databaseVersion the database server's version, or {@code null} when not passed
 * in
 * @param note a note shown at the top of the report (e.g. that this is a quick sanity
 * run), or {@code null}
 * @param source the result file's name, as shown in the report
 * @param machine the machine
 */
record ReportContext(String relataVersion, @Nullable String databaseVersion, @Nullable String note, String source,
		Machine machine) {

}
