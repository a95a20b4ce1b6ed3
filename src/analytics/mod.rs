//! TODO: analytics
