package it.ccvmi.planner.data.account;

/** What an account may do: a planner everything, a COC only its own comune's requests and schedule. */
public enum Role {
    PLANNER,
    COC
}
