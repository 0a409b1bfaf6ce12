/**
 * Accounts and API tokens.
 *
 * <p>May depend on: data.territory, JPA, Spring Data.
 */
package it.ccvmi.planner.data.account;
