package dev.relata.sample.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated seed data, without a database: its size, its references and its tree.
 */
class BlogSeedTests {

	@Test
	void theBlogHasThousandsOfPostsByTheAuthorsButNoneByReaders() {
		Map<String, SeedTable> tables = tables();
		assertThat(tables.keySet()).containsExactly("roles", "tags", "categories", "users", "profiles", "posts",
				"post_tags", "comments");
		assertThat(tables.get("users").rows()).hasSize(BlogSeed.USERS);
		assertThat(tables.get("posts").rows()).hasSizeGreaterThan(5000);
		// readers (role 4) write nothing
		assertThat(tables.get("posts").rows())
			.noneMatch((post) -> Long.valueOf(4).equals(BlogSeed.roleOf((Long) post[1])));
		assertThat(LongStream.rangeClosed(1, BlogSeed.USERS).filter((user) -> BlogSeed.postsOf(user) == 0))
			.hasSizeGreaterThan(20);
	}

	@Test
	void keysAreOneToNInInsertOrderAndBelowTheGeneratedOnes() {
		for (SeedTable table : BlogSeed.tables()) {
			if (!table.table().equals("post_tags")) {
				List<Object> keys = table.rows().stream().map((row) -> row[0]).toList();
				assertThat(keys).as(table.table())
					.isEqualTo(LongStream.rangeClosed(1, keys.size()).boxed().toList())
					.allSatisfy((key) -> assertThat((Long) key).isLessThan(BlogSeed.FIRST_GENERATED_KEY));
			}
		}
	}

	@Test
	void categoriesFormATreeThreeLevelsDeepWithParentsFirst() {
		List<Object[]> categories = tables().get("categories").rows();
		List<Integer> depths = new ArrayList<>();
		for (Object[] category : categories) {
			Long parent = (Long) category[2];
			assertThat(parent).as("parent of %s", category[1])
				.satisfiesAnyOf((p) -> assertThat(p).isNull(), (p) -> assertThat(p).isLessThan((Long) category[0]));
			depths.add((parent != null) ? depths.get(parent.intValue() - 1) + 1 : 1);
		}
		assertThat(depths.stream().mapToInt(Integer::intValue).max()).hasValue(3);
	}

	@Test
	void everyPostHasOneToThreeTagsAndJavaOnlyAsItsFirst() {
		assertThat(LongStream.rangeClosed(1, 6000).mapToObj(BlogSeed::tagsOf))
			.allSatisfy((tags) -> assertThat(tags).hasSizeBetween(1, 3)
				.allSatisfy((tag) -> assertThat(tag).isBetween(1L, 24L)));
		assertThat(BlogSeed.tagsOf(5)).containsExactly(2L, 17L);
	}

	private static Map<String, SeedTable> tables() {
		return BlogSeed.tables()
			.stream()
			.collect(Collectors.toMap(SeedTable::table, (table) -> table, (a, b) -> a, java.util.LinkedHashMap::new));
	}

}
