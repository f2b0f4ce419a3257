/**
 * The Hibernate contender's entities, mapping the benchmark schema
 * ({@code relata_bench}): {@link dev.relata.orm.benchmarks.hibernate.UserEntity},
 * {@link dev.relata.orm.benchmarks.hibernate.PostEntity} and
 * {@link dev.relata.orm.benchmarks.hibernate.TagEntity}, and the Chinook tables
 * ({@code relata_chinook}): {@link dev.relata.orm.benchmarks.hibernate.TrackEntity},
 * {@link dev.relata.orm.benchmarks.hibernate.PlaylistEntity},
 * {@link dev.relata.orm.benchmarks.hibernate.ArtistEntity} and
 * {@link dev.relata.orm.benchmarks.hibernate.AlbumEntity}; every association lazy, every
 * entity immutable (the benchmarks only read). On MariaDB the tables' schemas are
 * databases, which {@link dev.relata.orm.benchmarks.hibernate.MariaDbSchemaDialect} keeps
 * in the table names.
 */
package dev.relata.orm.benchmarks.hibernate;
