//! Common channels a plan starts from (to be filled in).
