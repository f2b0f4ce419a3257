CREATE TABLE roles (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE users (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, role_id BIGINT);
CREATE TABLE posts (id BIGINT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(200) NOT NULL, user_id BIGINT NOT NULL);

INSERT INTO roles (name) VALUES ('admin'), ('author');
INSERT INTO users (name, role_id) VALUES ('Ada', 1), ('Grace', 2), ('Alan', NULL);
INSERT INTO posts (title, user_id) VALUES ('Notes', 1), ('Compilers', 2), ('COBOL', 2);
