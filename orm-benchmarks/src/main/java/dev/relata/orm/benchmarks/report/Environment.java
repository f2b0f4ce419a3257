package dev.relata.orm.benchmarks.report;

import java.util.List;

/**
 * The report's table of the machine, the versions and the JMH settings. The machine is
 * the one running the report (the runner runs it where JMH ran); Hibernate, jOOQ and H2
 * versions come from the class path (the benchmark jar's, so the ones that ran).
 */
final class Environment {

	private Environment() {
	}

	/**
	 * Renders the section.
	 * @param settings the JMH settings of the first result file
	 * @param context the versions and the machine
	 * @param gc whether the results carry {@code -prof gc} figures
	 * @return the markdown
	 */
	static String render(JmhSettings settings, ReportContext context, boolean gc) {
		Machine machine = context.machine();
		MarkdownTable table = new MarkdownTable(List.of("", ""), false);
		table.row(List.of("CPU", machine.cpu()));
		table.row(List.of("cores", String.valueOf(machine.cores())));
		table.row(List.of("memory", machine.memory()));
		table.row(List.of("OS", machine.os()));
		table.row(List.of("JDK", settings.jdkVersion() + " (" + settings.vm().trim() + ")"));
		table.row(List.of("Relata", context.relataVersion()));
		table.row(List.of("JMH", settings.jmhVersion()));
		table.row(List.of("Hibernate ORM", version("org.hibernate.Version", "getVersionString")));
		table.row(List.of("jOOQ", constant("org.jooq.Constants", "VERSION")));
		table.row(List.of("PostgreSQL server", server(context, "POSTGRESQL")));
		table.row(List.of("MariaDB server", server(context, "MARIADB")));
		table.row(List.of("H2", constant("org.h2.engine.Constants", "FULL_VERSION")
				+ ", embedded in the benchmark's JVM, on a database file read through a 512 MiB page cache"));
		table.row(List.of("mode", settings.mode() + ", threads " + settings.threads()));
		table.row(List.of("forks", settings.forks() + " (first result file; per database and second pass below)"));
		table.row(List.of("warm-up", settings.warmup() + " (first result file; per database below)"));
		table.row(List.of("measurement", settings.measurement() + " (first result file; per database below)"));
		table.row(List.of("profilers", gc ? "gc (`-prof gc`)" : "none"));
		table.row(List.of("JVM arguments", settings.jvmArgs().isEmpty() ? "none" : "`" + settings.jvmArgs() + "`"));
		return "## Machine, versions and JMH settings\n\n" + table + "\n";
	}

	private static String server(ReportContext context, String database) {
		return context.serverVersions().getOrDefault(database, "not recorded");
	}

	/**
	 * A library's version from a static method; reflection, as the report compiles
	 * without depending on where it is read.
	 */
	private static String version(String type, String method) {
		try {
			return String.valueOf(Class.forName(type).getMethod(method).invoke(null));
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			return "version unknown";
		}
	}

	private static String constant(String type, String field) {
		try {
			return String.valueOf(Class.forName(type).getField(field).get(null));
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			return "version unknown";
		}
	}

}
