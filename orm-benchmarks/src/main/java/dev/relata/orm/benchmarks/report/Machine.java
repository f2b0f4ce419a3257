package dev.relata.orm.benchmarks.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine the report is generated on (the runner script runs it right after JMH, on
 * the same machine): CPU model and cores, memory from the OS, operating system.
 *
 * @param cpu the CPU model, from {@code /proc/cpuinfo} where there is one
 * @param cores the processors available to the JVM
 * @param memory the physical memory, e.g. {@code 7.8 GiB}
 * @param os the operating system name, version and architecture
 */
record Machine(String cpu, int cores, String memory, String os) {

	/**
	 * Describes this machine.
	 * @return the machine
	 */
	static Machine current() {
		return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), physicalMemory(),
				System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
						+ System.getProperty("os.arch") + ")");
	}

	private static String cpuModel() {
		Path cpuinfo = Path.of("/proc/cpuinfo");
		try {
			if (Files.isReadable(cpuinfo)) {
				return Files.readAllLines(cpuinfo)
					.stream()
					.filter((line) -> line.startsWith("model name"))
					.map((line) -> line.substring(line.indexOf(':') + 1).trim())
					.findFirst()
					.orElse("unknown");
			}
		}
		catch (IOException ex) {
			// fall through
		}
		return "unknown";
	}

	private static String physicalMemory() {
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
			return String.format(Locale.ROOT, "%.1f GiB", sun.getTotalMemorySize() / (1024.0 * 1024 * 1024));
		}
		return "unknown";
	}

}
