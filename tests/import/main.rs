//! Histories from other apps: Strong, Hevy, FitNotes, Liftosaur and Topset
//! CSV exports, the import dialog, `topset import` and the journal limits.

mod cli;
mod dialog;
mod library;
mod limits;
mod real_exports;
mod round_trip;
mod variants;
