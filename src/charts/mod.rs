//! TODO: charts
