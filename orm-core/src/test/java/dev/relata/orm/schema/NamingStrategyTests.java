package dev.relata.orm.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamingStrategyTests {

	@Test
	void snakeCaseSplitsCamelCaseWordsAndAcronyms() {
		assertThat(NamingStrategy.SNAKE_CASE.columnName("roleId")).isEqualTo("role_id");
		assertThat(NamingStrategy.SNAKE_CASE.columnName("URLValue")).isEqualTo("url_value");
		assertThat(NamingStrategy.SNAKE_CASE.columnName("userURL")).isEqualTo("user_url");
		assertThat(NamingStrategy.SNAKE_CASE.columnName("address2Line")).isEqualTo("address2_line");
		assertThat(NamingStrategy.SNAKE_CASE.columnName("id")).isEqualTo("id");
		assertThat(NamingStrategy.SNAKE_CASE.columnName("already_snake")).isEqualTo("already_snake");
	}

	@Test
	void snakeCaseNamesTablesFromTheSimpleClassName() {
		assertThat(NamingStrategy.SNAKE_CASE.tableName(UserTag.class)).isEqualTo("user_tag");
	}

	@Test
	void asIsKeepsJavaNames() {
		assertThat(NamingStrategy.AS_IS.columnName("roleId")).isEqualTo("roleId");
		assertThat(NamingStrategy.AS_IS.tableName(UserTag.class)).isEqualTo("UserTag");
	}

	record UserTag(Long userId, Long tagId) {
	}

}
